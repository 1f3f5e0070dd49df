// A benchmark of two servers that answer differently measures nothing: check first.
/** Posts `body` to both URLs and throws unless the products (ignoring cursors) are equal. */
export async function sameProducts(oursUrl: string, peerUrl: string, body: string): Promise<void> {
  const fetchProducts = async (url: string) => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await response.json()) as { data?: { products?: { totalCount: number; edges: Array<{ node: unknown }> } }; errors?: unknown };
    if (!json.data?.products) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors ?? json)}`);
    return { totalCount: json.data.products.totalCount, nodes: json.data.products.edges.map((edge) => edge.node) };
  };
  const [ours, peer] = await Promise.all([fetchProducts(oursUrl), fetchProducts(peerUrl)]);
  if (JSON.stringify(ours) !== JSON.stringify(peer)) {
    throw new Error(`ours and the peer disagree:\nours ${JSON.stringify(ours).slice(0, 400)}\npeer ${JSON.stringify(peer).slice(0, 400)}`);
  }
  if (ours.nodes.length !== 20) throw new Error(`expected 20 products, got ${ours.nodes.length}`);
}

// Product.imageUrl over real HTTP, real gRPC and PostgreSQL: a forged Host or X-Forwarded-Host
// never shows up in an emitted URL unless the BFF was told to trust a proxy.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff, type RunningCatalogBff } from './app.js';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

const FORGED = { host: 'evil.example', 'x-forwarded-host': 'evil.example:8443', 'x-forwarded-proto': 'https' };
const QUERY = JSON.stringify({ query: '{ products(first: 2) { edges { node { slug imageUrl } } } }' });

/** POSTs the query with exactly these headers (node:http sends Host as given) and returns the image URLs. */
function imageUrls(url: string, headers: Record<string, string>): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => {
        const body = JSON.parse(text) as { data: { products: { edges: Array<{ node: { imageUrl: string } }> } } };
        resolve(body.data.products.edges.map((edge) => edge.node.imageUrl));
      });
    });
    req.on('error', reject);
    req.end(QUERY);
  });
}

let stack: CatalogStack;
const extra: RunningCatalogBff[] = [];
const bffWith = async (config: { publicUrl?: string; trustProxy?: boolean }) => {
  const bff = await startCatalogBff({ catalogServiceAddr: stack.catalogAddr, corsOrigins: ['http://localhost:4200'], nodeEnv: 'test', logLevel: 'silent', ...config });
  extra.push(bff);
  return bff;
};

beforeAll(async () => {
  stack = await startCatalogStack();
});
afterAll(async () => {
  for (const bff of extra) await bff.stop();
  await stack?.stop();
});

describe('image URLs and forged host headers', () => {
  it('without PUBLIC_URL or TRUST_PROXY, point at the BFF’s own address whatever the headers say', async () => {
    const urls = await imageUrls(stack.bff.url, FORGED);
    expect(urls.length).toBe(2);
    for (const url of urls) expect(url.startsWith(`${stack.bff.url}/images/products/`)).toBe(true);
    expect(urls.join()).not.toContain('evil');
  });

  it('with PUBLIC_URL, use it even when the proxy is trusted', async () => {
    const bff = await bffWith({ publicUrl: 'https://api.shop.example', trustProxy: true });
    for (const url of await imageUrls(bff.url, FORGED)) expect(url).toMatch(/^https:\/\/api\.shop\.example\/images\/products\//);
  });

  it('with TRUST_PROXY, follow X-Forwarded-Host/-Proto (the proxy sets them)', async () => {
    const bff = await bffWith({ trustProxy: true });
    for (const url of await imageUrls(bff.url, FORGED)) expect(url).toMatch(/^https:\/\/evil\.example:8443\/images\/products\//);
  });
});

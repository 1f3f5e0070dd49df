// After the run: wait until every saga has settled, then count what the shop sold against what it
// had. Oversold = units committed beyond a product's starting stock, plus any negative stock.
import postgres from 'postgres';

export interface Audit {
  byStatus: Record<string, number>;
  oversold: number;
  /** Seconds from the end of the load until no order was PENDING or STOCK_RESERVED. */
  settleSeconds: number;
}

/** Polls the order database until sagas settle (bounded), then audits the catalog. */
export async function auditCheckout(serverUrl: string, startingStock: Map<string, number>, timeoutMs = 120_000): Promise<Audit> {
  const orders = postgres(`${serverUrl}/shop_order`, { max: 1, onnotice: () => {} });
  const catalog = postgres(`${serverUrl}/shop_catalog`, { max: 1, onnotice: () => {} });
  try {
    const began = performance.now();
    let byStatus: Record<string, number> = {};
    for (;;) {
      const rows = await orders<{ status: string; count: number }[]>`select status, count(*)::int as count from orders group by status`;
      byStatus = Object.fromEntries(rows.map((row) => [row.status, row.count]));
      if (!byStatus.PENDING && !byStatus.STOCK_RESERVED) break;
      if (performance.now() - began > timeoutMs) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const settleSeconds = (performance.now() - began) / 1000;
    const ids = [...startingStock.keys()];
    const sold = await catalog<{ productId: string; stock: number; committed: number }[]>`
      select p.id as "productId", p.stock, coalesce(sum(r.quantity) filter (where r.state = 'committed'), 0)::int as committed
      from products p left join stock_reservations r on r.product_id = p.id
      where p.id = any(${ids}::uuid[]) group by p.id, p.stock`;
    let oversold = 0;
    for (const row of sold) {
      oversold += Math.max(0, row.committed - startingStock.get(row.productId)!);
      if (row.stock < 0) oversold += -row.stock;
    }
    return { byStatus, oversold, settleSeconds };
  } finally {
    await orders.end();
    await catalog.end();
  }
}

/** Sets the stock of `hot` products to `hotStock` and of `cold` ones to `coldStock`; returns the starting stock. */
export async function stockProducts(serverUrl: string, hot: string[], hotStock: number, cold: string[], coldStock: number): Promise<Map<string, number>> {
  const catalog = postgres(`${serverUrl}/shop_catalog`, { max: 1, onnotice: () => {} });
  try {
    await catalog`update products set stock = ${hotStock} where id = any(${hot}::uuid[])`;
    await catalog`update products set stock = ${coldStock} where id = any(${cold}::uuid[])`;
  } finally {
    await catalog.end();
  }
  return new Map([...hot.map((id) => [id, hotStock] as const), ...cold.map((id) => [id, coldStock] as const)]);
}

/** Ids of seeded products, newest first. */
export async function productIds(serverUrl: string, count: number): Promise<string[]> {
  const catalog = postgres(`${serverUrl}/shop_catalog`, { max: 1, onnotice: () => {} });
  try {
    const rows = await catalog<{ id: string }[]>`select id from products order by created_at desc, id limit ${count}`;
    return rows.map((row) => row.id);
  } finally {
    await catalog.end();
  }
}

/** Adds `units` to each product's stock (atomic, so sagas still running keep their holdings). */
export async function addStock(serverUrl: string, ids: string[], units: number): Promise<void> {
  const catalog = postgres(`${serverUrl}/shop_catalog`, { max: 1, onnotice: () => {} });
  try {
    await catalog`update products set stock = stock + ${units} where id = any(${ids}::uuid[])`;
  } finally {
    await catalog.end();
  }
}

// Reservations per second through real gRPC and PostgreSQL, for one hot product (every call
// contends on one row) and spread over many products. Run from the repo root:
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432 node --import tsx services/catalog/src/bench/reserve-stock-grpc.ts
// Env: RESERVE_CALLS (default 2000), RESERVE_IN_FLIGHT (default 32), RESERVE_PRODUCTS (spread, default 200).
import { randomUUID } from 'node:crypto';
import { startCatalogHarness } from '../testing/catalog-harness.js';
import { runBounded } from '../testing/run-bounded.js';
import { openStockFixtures } from '../testing/stock-fixtures.js';

const calls = Number(process.env.RESERVE_CALLS ?? 2000);
const inFlight = Number(process.env.RESERVE_IN_FLIGHT ?? 32);
const spread = Number(process.env.RESERVE_PRODUCTS ?? 200);

const h = await startCatalogHarness({ seed: false });
const f = await openStockFixtures(h.database);
try {
  const hot = await f.addProduct(calls * 10);
  const many = await Promise.all(Array.from({ length: spread }, () => f.addProduct(calls * 10)));
  const reserve = (productId: string) =>
    h.call(h.client.reserveStock, { orderId: randomUUID(), lines: [{ productId, quantity: 1 }] });
  await runBounded(200, inFlight, () => reserve(hot)); // warm-up: JIT, pool, plans
  for (const [label, pick] of [
    ['hot product', () => hot],
    [`${spread} products`, (i: number) => many[i % spread]!],
  ] as const) {
    const started = process.hrtime.bigint();
    const outcomes = await runBounded(calls, inFlight, (i) => reserve(pick(i)));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const failed = outcomes.filter((o) => 'error' in o).length;
    console.log(
      `${label}: ${calls} ReserveStock, ${inFlight} in flight → ${Math.round(calls / seconds)} reservations/s, ` +
        `${Math.round((seconds * 1e6) / calls)} µs per call (wall), ${failed} failed`,
    );
  }
} finally {
  await f.close();
  await h.close();
}

// The checkout scenario of `npm run bench`: placeOrder through the order BFF on PostgreSQL with
// contention on a few hot products, against the same calls straight to the order service over
// gRPC (the baseline: what the BFF costs), every variant each round. Then every saga settles and
// the catalog is audited: oversold must be 0. Targets (issue 14): ≥ 500 orders/s, p99 ≤ 150 ms.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { median } from '../report.js';
import { addStock, auditCheckout, productIds, stockProducts } from './audit.js';
import { placeOverGrpc, placeThroughBff, type OrderRun } from './place-orders.js';
import { prepareShoppers, type Basket } from './shoppers.js';
import { startCheckoutStack } from './stack.js';

export interface CheckoutOptions {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  /** Shoppers prepared per run (more than can order in one run). */
  shoppers: number;
  extraEnv?: Record<string, string>;
}

const HOT = 3;
const COLD = 40;
const HOT_STOCK = 500;
const COLD_STOCK = 1_000_000;

/** Runs the scenario and prints its report. */
export async function runCheckoutScenario(options: CheckoutOptions): Promise<void> {
  const missing = ['services/order/src/main.ts', 'bff/order/src/main.ts'].filter((entry) => !existsSync(resolve(import.meta.dirname, '../../../..', entry)));
  if (missing.length) {
    console.log(`\ncheckout: skipped — the order vertical is not built yet (missing ${missing.join(', ')})`);
    return;
  }
  const stack = await startCheckoutStack(options.extraEnv);
  try {
    const ids = await productIds(stack.serverUrl, HOT + COLD);
    const hot = ids.slice(0, HOT);
    const cold = ids.slice(HOT);
    const supplied = await stockProducts(stack.serverUrl, hot, HOT_STOCK, cold, COLD_STOCK);
    const basket: Basket = (index) => [
      { productId: hot[index % HOT]!, quantity: 1 },
      { productId: cold[index % COLD]!, quantity: 1 + (index % 2) },
    ];
    const restock = async () => {
      await addStock(stack.serverUrl, hot, HOT_STOCK);
      for (const id of hot) supplied.set(id, supplied.get(id)! + HOT_STOCK);
    };
    console.log(`\ncheckout: ${options.rounds} rounds × 2 variants, -c ${options.connections}, ${options.seconds}s each; ${HOT} hot products (${HOT_STOCK} units, restocked each run), ${COLD} cold`);
    const runs: Record<'bff' | 'grpc', OrderRun[]> = { bff: [], grpc: [] };
    for (let round = 1; round <= options.rounds; round++) {
      for (const variant of ['bff', 'grpc'] as const) {
        // Hot stock is taken by earlier runs' sales: refill first (a cart cannot take a product
        // with no stock), so each run meets the same contention.
        if (runs.bff.length + runs.grpc.length > 0) await restock();
        const shoppers = await prepareShoppers(stack.orderAddr, stack.keys, options.shoppers, basket);
        if (variant === 'bff' && options.warmupSeconds) await placeThroughBff(stack.bffUrl, shoppers.splice(0, Math.floor(shoppers.length / 4)), options.warmupSeconds, options.connections);
        const run = variant === 'bff'
          ? await placeThroughBff(stack.bffUrl, shoppers, options.seconds, options.connections)
          : await placeOverGrpc(stack.orderAddr, shoppers, options.seconds, options.connections);
        runs[variant].push(run);
        console.log(`round ${round}  ${variant === 'bff' ? 'ours: bff-order placeOrder ' : 'baseline: gRPC PlaceOrder  '} ${Math.round(run.ordersPerSecond)} orders/s  p99 ${run.p99.toFixed(0)} ms  (${run.placed} placed, ${run.failed} failed)`);
      }
    }
    const audit = await auditCheckout(stack.serverUrl, supplied);
    const bff = { rate: median(runs.bff.map((run) => run.ordersPerSecond)), p99: median(runs.bff.map((run) => run.p99)) };
    const grpc = { rate: median(runs.grpc.map((run) => run.ordersPerSecond)), p99: median(runs.grpc.map((run) => run.p99)) };
    console.log(`\ncheckout, median over ${options.rounds} rounds`);
    console.log(`ours: bff-order placeOrder   ${Math.round(bff.rate)} orders/s   p99 ${bff.p99.toFixed(0)} ms   (target ≥ 500 orders/s, p99 ≤ 150 ms)`);
    console.log(`baseline: gRPC PlaceOrder    ${Math.round(grpc.rate)} orders/s   p99 ${grpc.p99.toFixed(0)} ms`);
    console.log(`ours/target = ${(bff.rate / 500).toFixed(3)}   ours/gRPC baseline = ${(bff.rate / grpc.rate).toFixed(3)}`);
    console.log(`sagas settled ${audit.settleSeconds.toFixed(1)} s after the load; orders by status ${JSON.stringify(audit.byStatus)}`);
    console.log(`oversold = ${audit.oversold}   (must be 0)`);
  } finally {
    await stack.stop();
  }
}

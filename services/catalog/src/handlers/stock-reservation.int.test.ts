import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import type { ReserveStockResponse, StockLine } from '@shop/contracts/catalog/v1';
import { describe, expect, it } from 'vitest';
import { runBounded } from '../testing/run-bounded.js';
import { useStockHarness } from '../testing/use-stock-harness.js';

const stock = useStockHarness();

const reserve = (orderId: string, lines: StockLine[]) => stock.h.call(stock.h.client.reserveStock, { orderId, lines });
const release = (orderId: string) => stock.h.call(stock.h.client.releaseStock, { orderId });
const commit = (orderId: string) => stock.h.call(stock.h.client.commitReservation, { orderId });
const codeOf = (outcome: { error: unknown } | { value: unknown }) =>
  'error' in outcome ? (outcome.error as ServiceError).code : status.OK;

describe('ReserveStock under concurrency (real gRPC, real PostgreSQL)', () => {
  it('never oversells: 1,000 orders for 10 units → exactly 10 reserved, stock 0, 990 FAILED_PRECONDITION', async () => {
    const product = await stock.f.addProduct(10);
    const outcomes = await runBounded(1000, 50, () => reserve(randomUUID(), [{ productId: product, quantity: 1 }]));
    const codes = outcomes.map(codeOf);
    expect(codes.filter((code) => code === status.OK)).toHaveLength(10);
    expect(codes.filter((code) => code === status.FAILED_PRECONDITION)).toHaveLength(990);
    const refused = outcomes.find((o) => 'error' in o) as { error: ServiceError };
    expect(refused.error.metadata.get('out-of-stock-product-ids')).toEqual([product]);
    expect(await stock.f.stockOf(product)).toBe(0);
    expect(await stock.f.heldOf(product, 'reserved')).toBe(10);
  });

  it('is all-or-nothing: one short line reserves nothing and names only that product', async () => {
    const [plenty, short] = [await stock.f.addProduct(5), await stock.f.addProduct(1)];
    const orderId = randomUUID();
    const error = (await reserve(orderId, [
      { productId: plenty, quantity: 2 },
      { productId: short, quantity: 2 },
    ]).catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe(status.FAILED_PRECONDITION);
    expect(error.metadata.get('out-of-stock-product-ids')).toEqual([short]);
    expect([await stock.f.stockOf(plenty), await stock.f.stockOf(short), await stock.f.rowsOf(orderId)]).toEqual([5, 1, 0]);
  });

  it('is idempotent: 20 concurrent calls with one order id decrement once and all answer the same', async () => {
    const [a, b] = [await stock.f.addProduct(7, 250), await stock.f.addProduct(7, 1200)];
    const orderId = randomUUID();
    const lines = [
      { productId: b, quantity: 3 },
      { productId: a, quantity: 2 },
    ];
    const outcomes = await runBounded(20, 20, () => reserve(orderId, lines));
    expect(outcomes.map(codeOf)).toEqual(new Array(20).fill(status.OK));
    const replies = outcomes.map((o) => (o as { value: ReserveStockResponse }).value);
    for (const reply of replies) expect(reply).toEqual(replies[0]);
    expect(replies[0]!.lines.map((line) => line.unitPrice?.amountMinor).sort()).toEqual([1200, 250].sort());
    expect([await stock.f.stockOf(a), await stock.f.stockOf(b)]).toEqual([5, 4]);
    // A later retry (even after the price changed or stock ran out) replays the original answer.
    expect(await reserve(orderId, [...lines].reverse())).toEqual(replies[0]);
  });

  it('snapshots the price under the row lock when it changes between claim and decrement', async () => {
    const product = await stock.f.addProduct(5, 1000);
    // A trigger changes the price inside the reserving transaction, after the claim read it.
    await stock.f.exec(`create function reprice() returns trigger language plpgsql as $$ begin
      update products set price_amount_minor = 777 where id = new.product_id; return new; end $$;
      create trigger reprice after insert on stock_reservations for each row
      when (new.product_id = '${product}') execute function reprice()`);
    const reply = await reserve(randomUUID(), [{ productId: product, quantity: 1 }]);
    await stock.f.exec('drop trigger reprice on stock_reservations; drop function reprice()');
    expect(reply.lines[0]?.unitPrice).toEqual({ amountMinor: 777, currency: 'EUR' });
    expect(await reserve(reply.orderId, [{ productId: product, quantity: 1 }])).toEqual(reply);
  });

  it('keeps stock + reserved + committed invariant over a random mix of reserve/release/commit', async () => {
    const products = [await stock.f.addProduct(20), await stock.f.addProduct(20), await stock.f.addProduct(20)];
    const orders = Array.from({ length: 40 }, () => randomUUID());
    let seed = 14;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed % n);
    const ops = Array.from({ length: 300 }, () => ({ kind: random(5), orderIndex: random(orders.length) }));
    const linesOf = (o: number) =>
      products.filter((_, p) => (o >> p) & 1 || p === o % 3).map((productId) => ({ productId, quantity: 1 + (o % 4) }));
    const outcomes = await runBounded(ops.length, 25, (i) => {
      const { kind, orderIndex } = ops[i]!;
      const order = orders[orderIndex]!;
      if (kind <= 1) return reserve(order, linesOf(orderIndex));
      return kind <= 3 ? release(order) : commit(order);
    });
    // The mix must reach every path: successes and refusals of each kind.
    expect(new Set(outcomes.map(codeOf))).toEqual(
      new Set([status.OK, status.FAILED_PRECONDITION, status.NOT_FOUND]),
    );
    for (const product of products) {
      const total = (await stock.f.stockOf(product)) + (await stock.f.heldOf(product, 'reserved')) + (await stock.f.heldOf(product, 'committed'));
      expect(total).toBe(20);
      expect(await stock.f.stockOf(product)).toBeGreaterThanOrEqual(0);
    }
  });
});

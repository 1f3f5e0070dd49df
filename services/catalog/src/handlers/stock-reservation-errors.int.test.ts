import { randomUUID } from 'node:crypto';
import { status, type ServiceError } from '@grpc/grpc-js';
import type { StockLine } from '@shop/contracts/catalog/v1';
import { maxReservationLines, maxReservationQuantity } from '@shop/contracts/limits/catalog';
import { describe, expect, it } from 'vitest';
import { useStockHarness } from '../testing/use-stock-harness.js';

const stock = useStockHarness();

const reserve = (orderId: string, lines: StockLine[]) => stock.h.call(stock.h.client.reserveStock, { orderId, lines });
const release = (orderId: string) => stock.h.call(stock.h.client.releaseStock, { orderId });
const commit = (orderId: string) => stock.h.call(stock.h.client.commitReservation, { orderId });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => ({ code: status.OK, field: undefined }),
    (e: ServiceError) => ({ code: e.code, field: e.metadata.get('field')[0] }),
  );

describe('reservation state transitions', () => {
  it('release gives back exactly once; release again is a no-op; commit after release is refused', async () => {
    const product = await stock.f.addProduct(10, 499);
    const orderId = randomUUID();
    await reserve(orderId, [{ productId: product, quantity: 4 }]);
    expect(await stock.f.stockOf(product)).toBe(6);
    const first = await release(orderId);
    expect(first.lines).toEqual([{ productId: product, quantity: 4, unitPrice: { amountMinor: 499, currency: 'EUR' } }]);
    expect(await release(orderId)).toEqual(first);
    expect(await stock.f.stockOf(product)).toBe(10);
    expect(await failure(commit(orderId))).toEqual({ code: status.FAILED_PRECONDITION, field: 'order_id' });
    // Reserving again under a released order id is refused too (its stock went back).
    const again = await failure(reserve(orderId, [{ productId: product, quantity: 4 }]));
    expect(again.code).toBe(status.FAILED_PRECONDITION);
    expect(await stock.f.stockOf(product)).toBe(10);
  });

  it('commit keeps stock decremented; commit again is a no-op; release after commit is refused', async () => {
    const product = await stock.f.addProduct(3);
    const orderId = randomUUID();
    const reserved = await reserve(orderId, [{ productId: product, quantity: 3 }]);
    const committed = await commit(orderId);
    expect(committed.lines).toEqual(reserved.lines);
    expect(await commit(orderId)).toEqual(committed);
    expect(await failure(release(orderId))).toEqual({ code: status.FAILED_PRECONDITION, field: 'order_id' });
    expect([await stock.f.stockOf(product), await stock.f.heldOf(product, 'committed')]).toEqual([0, 3]);
  });

  it('same order id with other lines is ALREADY_EXISTS and touches no stock', async () => {
    const product = await stock.f.addProduct(10);
    const orderId = randomUUID();
    await reserve(orderId, [{ productId: product, quantity: 2 }]);
    expect(await failure(reserve(orderId, [{ productId: product, quantity: 3 }]))).toEqual({
      code: status.ALREADY_EXISTS,
      field: 'order_id',
    });
    expect(await stock.f.stockOf(product)).toBe(8);
  });

  it('release of an order that reserved nothing is an empty no-op; commit of it is NOT_FOUND', async () => {
    const orderId = randomUUID();
    expect(await release(orderId)).toEqual({ orderId, lines: [] });
    expect((await failure(commit(orderId))).code).toBe(status.NOT_FOUND);
  });
});

describe('reservation input validation (typed, field named, never INTERNAL)', () => {
  it.each([
    ['order id not a UUID', 'not-a-uuid', [{ quantity: 1 }], 'order_id'],
    ['no lines', randomUUID(), [], 'lines'],
    ['too many lines', randomUUID(), Array.from({ length: maxReservationLines + 1 }, () => ({ quantity: 1 })), 'lines'],
    ['quantity 0', randomUUID(), [{ quantity: 0 }], 'lines[0].quantity'],
    ['quantity too large', randomUUID(), [{ quantity: 1 }, { quantity: maxReservationQuantity + 1 }], 'lines[1].quantity'],
    ['product id not a UUID', randomUUID(), [{ quantity: 1, productId: "1' or 1=1" }], 'lines[0].product_id'],
    ['NUL byte', `${randomUUID()}\u0000`, [{ quantity: 1 }], 'order_id'],
  ] as const)('%s → INVALID_ARGUMENT on %s', async (_, orderId, lines, field) => {
    const product = await stock.f.addProduct(5);
    // Validation runs before any lookup, so lines past the first may name unknown products.
    const request = lines.map((line, i) => ({ productId: i === 0 ? product : randomUUID(), ...line }));
    expect(await failure(reserve(orderId, request))).toEqual({ code: status.INVALID_ARGUMENT, field });
    expect(await stock.f.stockOf(product)).toBe(5);
  });

  it('refuses a product listed twice (not merged), naming the second line', async () => {
    const product = await stock.f.addProduct(5);
    const lines = [
      { productId: product, quantity: 1 },
      { productId: product.toUpperCase(), quantity: 1 },
    ];
    expect(await failure(reserve(randomUUID(), lines))).toEqual({ code: status.INVALID_ARGUMENT, field: 'lines[1].product_id' });
  });

  it('answers NOT_FOUND naming unknown products, reserving nothing', async () => {
    const product = await stock.f.addProduct(5);
    const unknown = randomUUID();
    const orderId = randomUUID();
    expect(await failure(reserve(orderId, [{ productId: product, quantity: 1 }, { productId: unknown, quantity: 1 }]))).toEqual({
      code: status.NOT_FOUND,
      field: 'lines',
    });
    expect([await stock.f.stockOf(product), await stock.f.rowsOf(orderId)]).toEqual([5, 0]);
    expect((await failure(release('nope'))).field).toBe('order_id');
  });
});

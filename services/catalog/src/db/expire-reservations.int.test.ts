// Reservations never committed expire, exactly once — also when the sweep races ReleaseStock,
// CommitReservation and itself. Real PostgreSQL; commits and releases over real gRPC.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addJob } from '@shop/services-platform/jobs';
import { EXPIRE_RESERVATIONS } from '../service.js';
import { useStockHarness } from '../testing/use-stock-harness.js';
import { expireReservations } from './expire-reservations.js';

const TTL = 1800;
const stock = useStockHarness();

const reserve = async (productId: string, quantity: number, ageSeconds = 0) => {
  const orderId = randomUUID();
  await stock.h.call(stock.h.client.reserveStock, { orderId, lines: [{ productId, quantity }] });
  if (ageSeconds > 0) await stock.f.backdate(orderId, ageSeconds);
  return orderId;
};
const settle = (what: 'release' | 'commit', orderId: string) =>
  (what === 'release' ? stock.h.call(stock.h.client.releaseStock, { orderId }) : stock.h.call(stock.h.client.commitReservation, { orderId })).then(
    () => 'ok',
    () => 'refused',
  );
/** stock + reserved + committed for a product: constant whatever happens. */
const total = async (productId: string) => (await stock.f.stockOf(productId)) + (await stock.f.heldOf(productId, 'reserved')) + (await stock.f.heldOf(productId, 'committed'));
const stateOf = async (orderId: string) =>
  (await stock.f.sql<{ state: string }[]>`select distinct state from stock_reservations where order_id = ${orderId}`).map((row) => row.state);

describe('reservation expiry', () => {
  it('releases a reservation older than RESERVATION_TTL once, leaving fresh and committed ones alone', async () => {
    const product = await stock.f.addProduct(20);
    const stale = await reserve(product, 3, TTL + 60);
    const fresh = await reserve(product, 2, TTL - 60);
    const sold = await reserve(product, 4, TTL + 60);
    await settle('commit', sold);
    expect(await stock.f.stockOf(product)).toBe(11);

    const sweeps = await Promise.all([1, 2, 3, 4, 5].map(() => expireReservations(stock.f.sql, { ttlSeconds: TTL })));
    expect(sweeps.flatMap((sweep) => sweep.released).filter((id) => id === stale)).toEqual([stale]);
    expect(await stock.f.stockOf(product)).toBe(14);
    expect(await stateOf(stale)).toEqual(['released']);
    expect(await stateOf(fresh)).toEqual(['reserved']);
    expect(await stateOf(sold)).toEqual(['committed']);
    // Again: nothing left to do; ReleaseStock on the expired order is the usual no-op.
    expect((await expireReservations(stock.f.sql, { ttlSeconds: TTL })).released).not.toContain(stale);
    expect(await settle('release', stale)).toBe('ok');
    expect(await settle('commit', stale)).toBe('refused');
    expect(await stock.f.stockOf(product)).toBe(14);
    expect(await total(product)).toBe(20);
  });

  it('never double-counts when the sweep races ReleaseStock, CommitReservation and itself', async () => {
    const products = [await stock.f.addProduct(200), await stock.f.addProduct(200)];
    const orders = await Promise.all(Array.from({ length: 40 }, (_, i) => reserve(products[i % 2]!, 1 + (i % 3), TTL + 1)));
    const racers = orders.flatMap((orderId, i) => [
      i % 3 === 0 ? settle('commit', orderId) : i % 3 === 1 ? settle('release', orderId) : Promise.resolve('none'),
    ]);
    const sweeps = Array.from({ length: 3 }, () => expireReservations(stock.f.sql, { ttlSeconds: TTL }));
    const [outcomes, results] = await Promise.all([Promise.all(racers), Promise.all(sweeps)]);

    const releasedBySweep = results.flatMap((sweep) => sweep.released);
    expect(new Set(releasedBySweep).size).toBe(releasedBySweep.length); // each order released by at most one sweep
    for (const [i, orderId] of orders.entries()) {
      const [state] = await stateOf(orderId);
      if (outcomes[i] === 'ok' && i % 3 === 0) expect(state).toBe('committed');
      else expect(state).toBe('released');
      // A committed order was never released by the sweep, a released one never committed.
      if (state === 'committed') expect(releasedBySweep).not.toContain(orderId);
    }
    for (const product of products) {
      expect(await total(product)).toBe(200);
      expect(await stock.f.heldOf(product, 'reserved')).toBe(0);
    }
    const committed = orders.filter((_, i) => i % 3 === 0 && outcomes[i] === 'ok');
    const committedUnits = orders.reduce((sum, id, i) => sum + (committed.includes(id) ? 1 + (i % 3) : 0), 0);
    expect(200 * 2 - (await stock.f.stockOf(products[0]!)) - (await stock.f.stockOf(products[1]!))).toBe(committedUnits);
  });
});

describe('reservation expiry, scheduled', () => {
  it('runs from the service job queue: registered in the crontab, and a queued sweep releases a stale reservation', async () => {
    const crontabs = await stock.f.sql<{ identifier: string }[]>`select identifier from graphile_worker._private_known_crontabs`;
    expect(crontabs.map((row) => row.identifier)).toContain(EXPIRE_RESERVATIONS);

    const product = await stock.f.addProduct(5);
    const stale = await reserve(product, 2, TTL + 60);
    await addJob(stock.f.sql, EXPIRE_RESERVATIONS, {});
    const until = Date.now() + 15_000;
    while ((await stateOf(stale))[0] !== 'released' && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stateOf(stale)).toEqual(['released']);
    expect(await stock.f.stockOf(product)).toBe(5);
  });
});

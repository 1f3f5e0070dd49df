import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '@shop/apps-platform';
import { newer, watchOrder, type OrderWatcherDeps, type WatchState } from './order-watcher';

type O = { status: string; version: number };
const o = (version: number, status: string): O => ({ version, status });

function script(reads: Array<O | Error>, streams: Array<{ events: O[]; end: 'complete' | Error }>) {
  const shown: O[] = [];
  const states: WatchState[] = [];
  const pauses: number[] = [];
  const deps: OrderWatcherDeps<O> = {
    read: async () => {
      const next = reads.shift();
      if (next instanceof Error) throw next;
      return next ?? null;
    },
    subscribe: async (_signal, onNext) => {
      const stream = streams.shift()!;
      stream.events.forEach(onNext);
      if (stream.end instanceof Error) throw stream.end;
    },
    pause: async (ms) => void pauses.push(ms),
    refresh: async () => true,
    onOrder: (order) => shown.push(order),
    onState: (state) => states.push(state),
  };
  return { deps, shown, states, pauses };
}

const down = () => new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'down' });

describe('order watcher', () => {
  it('keeps the newest version: stale and repeated updates are dropped', () => {
    expect(newer(o(3, 'PAID'), o(2, 'STOCK_RESERVED'))).toEqual(o(3, 'PAID'));
    expect(newer(o(3, 'PAID'), o(4, 'SHIPPED'))).toEqual(o(4, 'SHIPPED'));
  });

  it('reads, follows the stream to a final status, and shows each version once', async () => {
    const run = script([o(1, 'PENDING')], [{ events: [o(1, 'PENDING'), o(2, 'STOCK_RESERVED'), o(3, 'PAID'), o(4, 'SHIPPED')], end: 'complete' }]);
    await watchOrder(run.deps, new AbortController().signal);
    expect(run.shown.map((x) => x.version)).toEqual([1, 2, 3, 4]);
    expect(run.states).toEqual(['connecting', 'live', 'final']);
  });

  it('after the BFF goes away mid-stream: waits, re-reads the true state, resubscribes, never goes back', async () => {
    const run = script(
      [o(1, 'PENDING'), down(), o(3, 'PAID')],
      [
        { events: [o(2, 'STOCK_RESERVED')], end: down() },
        { events: [o(3, 'PAID'), o(2, 'STOCK_RESERVED'), o(4, 'SHIPPED')], end: 'complete' },
      ],
    );
    await watchOrder(run.deps, new AbortController().signal);
    expect(run.shown.map((x) => x.status)).toEqual(['PENDING', 'STOCK_RESERVED', 'PAID', 'SHIPPED']);
    expect(run.pauses).toEqual([1000, 2000]); // backs off while the BFF stays away
    expect(run.states.at(-1)).toBe('final');
  });

  it('stops with failed for an order that is not the shopper’s', async () => {
    const run = script([new GraphQLRequestError({ code: 'NOT_FOUND', message: 'no' })], []);
    await watchOrder(run.deps, new AbortController().signal);
    expect(run.states).toEqual(['connecting', 'failed']);
  });

  it('on a wake (back online, tab shown) drops the possibly dead stream, re-reads and resubscribes at once', async () => {
    const run = script([o(1, 'PENDING'), o(3, 'PAID')], [{ events: [o(4, 'SHIPPED')], end: 'complete' }]);
    let wake: (() => void) | undefined;
    let unregistered = 0;
    const firstStream = run.deps.subscribe;
    let rounds = 0;
    const deps: OrderWatcherDeps<O> = {
      ...run.deps,
      onWake: (fn) => ((wake = fn), () => void (unregistered += 1)),
      // The first stream hangs (a half-open connection) until its round is ended.
      subscribe: (signal, onNext) =>
        (rounds += 1) === 1
          ? new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))))
          : firstStream(signal, onNext),
    };
    const watching = watchOrder(deps, new AbortController().signal);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(run.shown.map((x) => x.status)).toEqual(['PENDING']);
    wake!();
    await watching;
    expect(run.shown.map((x) => x.status)).toEqual(['PENDING', 'PAID', 'SHIPPED']);
    expect(run.pauses).toEqual([]);
    expect(run.states).not.toContain('reconnecting');
    expect(run.states.at(-1)).toBe('final');
    expect(unregistered).toBe(2);
  });

  it('refused (UNAUTHENTICATED): refreshes once and retries at once; refused again before any update, it stops', async () => {
    const refused = () => new GraphQLRequestError({ code: 'UNAUTHENTICATED', message: 'Sign in.' });
    const run = script([o(1, 'PENDING'), o(1, 'PENDING'), o(2, 'STOCK_RESERVED'), o(2, 'STOCK_RESERVED')], [
      { events: [], end: refused() },
      { events: [o(2, 'STOCK_RESERVED')], end: refused() }, // an update came: the next refusal may refresh again
      { events: [], end: refused() },
    ]);
    let refreshes = 0;
    await watchOrder({ ...run.deps, refresh: async () => ((refreshes += 1), true) }, new AbortController().signal);
    expect(refreshes).toBe(2);
    expect(run.pauses).toEqual([]);
    expect(run.states.at(-1)).toBe('failed');
    expect(run.shown.map((x) => x.status)).toEqual(['PENDING', 'STOCK_RESERVED']);
  });

  it('a stream that ends without a final status is followed again after a pause, never in a tight loop', async () => {
    const run = script(
      [o(1, 'PENDING'), o(1, 'PENDING'), o(1, 'PENDING'), o(2, 'PAID')],
      [
        { events: [], end: 'complete' },
        { events: [], end: 'complete' },
        { events: [o(1, 'PENDING')], end: 'complete' },
        { events: [o(3, 'SHIPPED')], end: 'complete' },
      ],
    );
    await watchOrder(run.deps, new AbortController().signal);
    expect(run.pauses).toEqual([1000, 2000, 1000]); // an update resets the back-off
    expect(run.shown.map((x) => x.status)).toEqual(['PENDING', 'PAID', 'SHIPPED']);
    expect(run.states).toEqual(['connecting', 'live', 'live', 'live', 'live', 'final']);
  });
});

// One LISTEN per process on `order_changed` (NOTIFY is sent by every status change, on commit):
// watchers of an order are told "it changed" and re-read its events. On every (re)connect of the
// LISTEN connection all watchers are told too, so a change made while it was down is not missed.
import type { Sql } from 'postgres';
import type { Logger } from '@shop/services-platform';
import { ORDER_CHANGED } from '../orders/transition.js';

export interface OrderFeed {
  /** Calls `onChange` whenever order `orderId` may have changed; returns the unsubscribe. */
  watch(orderId: string, onChange: () => void): () => void;
  /** Open watches (for metrics and tests). */
  size(): number;
  close(): Promise<void>;
}

/** Starts listening; resolves once the LISTEN is in place. */
export async function startOrderFeed(sql: Sql, logger: Logger): Promise<OrderFeed> {
  const watchers = new Map<string, Set<() => void>>();
  const notify = (callbacks: Iterable<() => void>) => {
    for (const callback of callbacks) callback();
  };
  const all = () => [...watchers.values()].flatMap((set) => [...set]);
  const listening = await sql.listen(
    ORDER_CHANGED,
    (orderId) => notify(watchers.get(orderId) ?? []),
    () => {
      logger.debug('listening for order changes');
      notify(all());
    },
  );
  return {
    watch(orderId, onChange) {
      const set = watchers.get(orderId) ?? new Set();
      set.add(onChange);
      watchers.set(orderId, set);
      return () => {
        set.delete(onChange);
        if (set.size === 0 && watchers.get(orderId) === set) watchers.delete(orderId);
      };
    },
    size: () => [...watchers.values()].reduce((sum, set) => sum + set.size, 0),
    close: () => listening.unlisten(),
  };
}

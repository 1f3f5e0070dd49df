// Follows one order live: read it, subscribe to its changes, and on any interruption (network
// loss, a BFF restart, a closed laptop) wait, re-read and subscribe again — until it is final.
// Every order carries its per-order `version`: an update not newer than the one shown is dropped,
// so nothing is shown twice or out of order across reconnects. A wake (back online, the tab shown
// again after a while) restarts the round at once: the stream may have died silently meanwhile.
import type { GraphQLRequestError } from '@shop/apps-platform';

/** The parts of an order the watcher needs. */
export interface Versioned {
  status: string;
  version: number;
}

export const FINAL_STATUSES: ReadonlySet<string> = new Set(['SHIPPED', 'CANCELLED', 'REFUNDED']);

/** The newer of the shown order and an update (by version). */
export function newer<T extends Versioned>(shown: T | undefined, update: T): T {
  return shown && shown.version >= update.version ? shown : update;
}

export type WatchState = 'connecting' | 'live' | 'reconnecting' | 'final' | 'failed';

export interface OrderWatcherDeps<T extends Versioned> {
  read(signal: AbortSignal): Promise<T | null>;
  /** Resolves when the stream completes, rejects when it breaks. */
  subscribe(signal: AbortSignal, onNext: (order: T) => void): Promise<void>;
  /** Waits `ms` or until woken (back online, tab visible again). */
  pause(ms: number, signal: AbortSignal): Promise<void>;
  /** Fresh credentials after UNAUTHENTICATED (false: the session ended). */
  refresh(): Promise<boolean>;
  /** Registers `wake` (call it when a live stream may be stale); returns the unregistration. */
  onWake?(wake: () => void): () => void;
  onOrder(order: T): void;
  onState(state: WatchState, error?: GraphQLRequestError): void;
}

const isFinal = (order: Versioned | undefined) => order !== undefined && FINAL_STATUSES.has(order.status);

/** Runs until the order is final, the order is gone (failed) or `signal` aborts. */
export async function watchOrder<T extends Versioned>(deps: OrderWatcherDeps<T>, signal: AbortSignal): Promise<void> {
  let shown: T | undefined;
  let delay = 1000;
  // A refresh not yet followed by a live update: refused again means the token is not the problem
  // (stop, rather than spin refreshing).
  let refreshed = false;
  const show = (order: T) => {
    const next = newer(shown, order);
    if (next !== shown) {
      shown = next;
      deps.onOrder(next);
    }
  };
  deps.onState('connecting');
  while (!signal.aborted) {
    // One round = read + subscribe, under its own signal so a wake can end it without ending the watch.
    const round = new AbortController();
    const end = () => round.abort();
    signal.addEventListener('abort', end);
    let woken = false;
    const offWake = deps.onWake?.(() => {
      woken = true;
      round.abort();
    });
    try {
      const order = await deps.read(round.signal);
      if (!order) return deps.onState('failed');
      show(order);
      if (isFinal(shown)) return deps.onState('final');
      deps.onState('live');
      await deps.subscribe(round.signal, (update) => {
        show(update);
        delay = 1000;
        refreshed = false;
      });
      if (isFinal(shown)) return deps.onState('final');
      // Ended without a final status (the BFF's stream lifetime cap, a drain): go round again, but
      // never in a tight loop should a BFF end every stream at once.
      await deps.pause(delay, signal);
      delay = Math.min(delay * 2, 15_000);
    } catch (caught) {
      if (signal.aborted) return;
      if (woken) continue; // re-read and resubscribe now, no back-off
      const error = caught as GraphQLRequestError;
      if (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN' || error.code === 'BAD_USER_INPUT') return deps.onState('failed', error);
      if (error.code === 'UNAUTHENTICATED') {
        if (refreshed || !(await deps.refresh())) return deps.onState('failed', error);
        refreshed = true;
        continue; // with the fresh token, at once
      }
      if (isFinal(shown)) return deps.onState('final');
      deps.onState('reconnecting', error);
      await deps.pause(delay, signal);
      delay = Math.min(delay * 2, 15_000);
    } finally {
      signal.removeEventListener('abort', end);
      offWake?.();
    }
  }
}

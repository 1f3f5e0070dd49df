import { onBeforeUnmount, shallowRef, watch, type Ref } from 'vue';
import { useGraphQLClient, useSession, type GraphQLRequestError } from '@shop/apps-platform';
import { OrderDocument, OrderUpdatedDocument, type OrderViewFragment } from '../gen/graphql';
import { useLive } from '../live';
import { watchOrder, type WatchState } from './order-watcher';

/** Waits `ms`, or less when the browser comes back online or the tab becomes visible. */
function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      window.removeEventListener('online', done);
      document.removeEventListener('visibilitychange', onVisible);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const onVisible = () => document.visibilityState === 'visible' && done();
    const timer = setTimeout(done, ms);
    window.addEventListener('online', done);
    document.addEventListener('visibilitychange', onVisible);
    signal.addEventListener('abort', done);
  });
}

/**
 * Calls `wake` when a live stream may have died without a sound: the browser is back online, or the
 * tab is shown after being hidden for a while (a sleeping laptop; a quick tab switch is not enough).
 */
function onBrowserWake(wake: () => void): () => void {
  let hiddenAt = document.visibilityState === 'hidden' ? Date.now() : undefined;
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') hiddenAt = Date.now();
    else if (hiddenAt !== undefined && Date.now() - hiddenAt >= 10_000) wake();
    if (document.visibilityState === 'visible') hiddenAt = undefined;
  };
  window.addEventListener('online', wake);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('online', wake);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The order `id` kept live (see order-watcher.ts), restarted when the id changes; an empty id follows nothing. */
export function useOrderLive(id: Ref<string>) {
  const client = useGraphQLClient();
  const subscribe = useLive();
  const { auth } = useSession();
  const order = shallowRef<OrderViewFragment>();
  const state = shallowRef<WatchState>('connecting');
  const error = shallowRef<GraphQLRequestError>();
  let controller: AbortController | undefined;
  // Newer versions only: the stream and a cancel's answer both bring the order, in either order.
  const show = (next: OrderViewFragment) => {
    if (!order.value || next.version > order.value.version) order.value = next;
  };

  function start(orderId: string): void {
    controller?.abort();
    const current = new AbortController();
    controller = current;
    order.value = undefined;
    error.value = undefined;
    state.value = 'connecting';
    if (!orderId) return; // nobody signed in: nothing to follow
    void watchOrder<OrderViewFragment>(
      {
        read: async (signal) => (await client.request(OrderDocument, { id: orderId }, { signal })).order ?? null,
        subscribe: (signal, onNext) => subscribe(OrderUpdatedDocument, { id: orderId }, signal, (data) => onNext(data.orderUpdated)),
        pause,
        onWake: onBrowserWake,
        refresh: async () => (await auth()?.refresh()) != null,
        onOrder: (next) => show(next),
        onState: (next, cause) => {
          state.value = next;
          error.value = cause;
        },
      },
      current.signal,
    );
  }

  watch(id, start, { immediate: true });
  onBeforeUnmount(() => controller?.abort());
  /** After a cancel: show its answer (newer versions only); the stream ends on its own. */
  return { order, state, error, show };
}

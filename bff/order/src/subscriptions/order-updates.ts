// Subscription.orderUpdated: the order service's WatchOrder stream as an async iterator. The
// gRPC stream is cancelled when the subscriber leaves (iterator return) and the stream slot is
// released; versions not above the last one sent are dropped (the service sends each once, this
// keeps the promise even across a service-side replay).
import type { ClientReadableStream } from '@grpc/grpc-js';
import { codedError, ErrorCode, toGraphQLError } from '@shop/bff-platform';
import type { Order, WatchOrderResponse } from '@shop/contracts/order/v1';

type Item = { order: Order } | { error: unknown } | { done: true };

/**
 * Yields every order the stream sends, in version order, until it ends; errors are mapped for
 * GraphQL. When `stopping` aborts (this BFF is shutting down) the subscription ends at once with
 * UNAVAILABLE, so the client reconnects (to another instance) instead of holding the drain.
 */
export async function* orderUpdates(stream: ClientReadableStream<WatchOrderResponse>, release: () => void, stopping: AbortSignal): AsyncGenerator<Order> {
  const queue: Item[] = [];
  let wake: (() => void) | undefined;
  const push = (item: Item) => {
    queue.push(item);
    wake?.();
  };
  stream.on('data', (response: WatchOrderResponse) => response.order && push({ order: response.order }));
  stream.on('error', (error: unknown) => push({ error }));
  stream.on('end', () => push({ done: true }));
  const onStop = () => push({ error: codedError(ErrorCode.Unavailable, 'The server is restarting; reconnect to follow the order.') });
  if (stopping.aborted) onStop();
  else stopping.addEventListener('abort', onStop, { once: true });
  let last = 0;
  try {
    for (;;) {
      const item = queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('done' in item) return;
      if ('error' in item) throw item.error instanceof Error && 'extensions' in item.error ? item.error : toGraphQLError(item.error);
      if (item.order.version <= last) continue;
      last = item.order.version;
      yield item.order;
    }
  } finally {
    stopping.removeEventListener('abort', onStop);
    stream.cancel();
    release();
  }
}

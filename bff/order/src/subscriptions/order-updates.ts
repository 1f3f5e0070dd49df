// Subscription.orderUpdated: the order service's WatchOrder stream as an async iterator. The
// gRPC stream is cancelled when the subscriber leaves (iterator return) and the stream slot is
// released; versions not above the last one sent are dropped (the service sends each once, this
// keeps the promise even across a service-side replay).
//
// An explicit iterator rather than an async generator: a generator's `finally` never runs when
// `return()` comes before the first `next()` (a client gone before its first event), which would
// leak the gRPC stream and the shopper's slot. Here the stream is owned from the first line.
import type { ClientReadableStream } from '@grpc/grpc-js';
import { codedError, ErrorCode, toGraphQLError } from '@shop/bff-platform';
import type { Order, WatchOrderResponse } from '@shop/contracts/order/v1';

type Item = { order: Order } | { error: unknown } | { done: true };

const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };

/**
 * Yields every order the stream sends, in version order, until it ends; errors are mapped for
 * GraphQL. When `stopping` aborts (this BFF is shutting down) the subscription ends at once with
 * UNAVAILABLE, so the client reconnects (to another instance) instead of holding the drain.
 * Whichever way it ends, the gRPC stream is cancelled and `release` called, each once.
 */
export function orderUpdates(stream: ClientReadableStream<WatchOrderResponse>, release: () => void, stopping: AbortSignal): AsyncGenerator<Order, undefined> {
  const queue: Item[] = [];
  let wake: (() => void) | undefined;
  let finished = false;
  let last = 0;
  const push = (item: Item) => {
    queue.push(item);
    wake?.();
  };
  const onStop = () => push({ error: codedError(ErrorCode.Unavailable, 'The server is restarting; reconnect to follow the order.') });
  const finish = () => {
    if (finished) return;
    finished = true;
    stopping.removeEventListener('abort', onStop);
    stream.cancel();
    release();
    wake?.();
  };
  stream.on('data', (response: WatchOrderResponse) => response.order && push({ order: response.order }));
  stream.on('error', (error: unknown) => push({ error }));
  stream.on('end', () => push({ done: true }));
  if (stopping.aborted) onStop();
  else stopping.addEventListener('abort', onStop, { once: true });

  async function next(): Promise<IteratorResult<Order, undefined>> {
    while (!finished) {
      const item = queue.shift();
      if (!item) {
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      if ('done' in item) break;
      if ('error' in item) {
        finish();
        throw item.error instanceof Error && 'extensions' in item.error ? item.error : toGraphQLError(item.error);
      }
      if (item.order.version <= last) continue;
      last = item.order.version;
      return { done: false, value: item.order };
    }
    finish();
    return DONE;
  }

  const iterator: AsyncGenerator<Order, undefined> = {
    next,
    return: () => {
      finish();
      return Promise.resolve(DONE);
    },
    throw: (error: unknown) => {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

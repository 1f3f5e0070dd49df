import type { IncomingMessage } from 'node:http';
import { guestCartIdOf, type BaseContext } from '@shop/bff-platform';
import type { OrderCall, OrderGateway } from './grpc/order-gateway.js';
import type { StreamLimiter } from './subscriptions/stream-limiter.js';

/** Per-request context of the order resolvers (`viewer`/`accessToken` come from the platform). */
export interface OrderContext extends BaseContext {
  requestId: string;
  orders: OrderGateway;
  /** The call identity for the order service (throws BAD_USER_INPUT for a malformed X-Cart-Id). */
  readonly call: OrderCall;
  /** Origin product images are served from (the catalog BFF's). */
  imageBaseUrl: string;
  streams: StreamLimiter;
  /** Aborted when this BFF starts stopping (live subscriptions end so clients reconnect). */
  stopping: AbortSignal;
}

/** Builds the context factory the BFF app calls for every request. */
export function orderContextFactory(orders: OrderGateway, imageBaseUrl: string, streams: StreamLimiter, stopping: AbortSignal) {
  return ({ requestId, req }: { requestId: string; req: IncomingMessage }): OrderContext => {
    let call: OrderCall | undefined;
    const context = {
      requestId,
      orders,
      imageBaseUrl,
      streams,
      stopping,
      get call(): OrderCall {
        return (call ??= { requestId, accessToken: (context as Partial<BaseContext>).accessToken, guestCartId: guestCartIdOf(req) });
      },
    };
    return context as OrderContext;
  };
}

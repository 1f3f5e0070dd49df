import type { IncomingMessage } from 'node:http';
import type { BaseContext } from '@shop/bff-platform';
import { userInputError } from '@shop/bff-platform';
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
}

const GUEST_CART_ID = /^[A-Za-z0-9_-]{22}$/;

/** The guest cart id of a request: header X-Cart-Id ('' when absent), or BAD_USER_INPUT. */
export function guestCartIdOf(req: IncomingMessage): string {
  const value = req.headers['x-cart-id'];
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string' || !GUEST_CART_ID.test(value)) throw userInputError('Send X-Cart-Id as the 22-character guest cart id.', 'X-Cart-Id');
  return value;
}

/** Builds the context factory the BFF app calls for every request. */
export function orderContextFactory(orders: OrderGateway, imageBaseUrl: string, streams: StreamLimiter) {
  return ({ requestId, req }: { requestId: string; req: IncomingMessage }): OrderContext => {
    let call: OrderCall | undefined;
    const context = {
      requestId,
      orders,
      imageBaseUrl,
      streams,
      get call(): OrderCall {
        return (call ??= { requestId, accessToken: (context as Partial<BaseContext>).accessToken, guestCartId: guestCartIdOf(req) });
      },
    };
    return context as OrderContext;
  };
}

import type { OrderServiceServer } from '@shop/contracts/order/v1';
import type { Logger, UnaryOptions } from '@shop/services-platform';
import type { CallerAuth } from '@shop/services-platform/auth';
import type { Sql } from 'postgres';
import type { Carts } from '../carts/carts.js';
import type { PlaceOrderDeps } from '../orders/place-order.js';
import type { OrderFeed } from '../watch/order-feed.js';
import { cartHandlers } from './cart-handlers.js';
import { orderHandlers } from './order-handlers.js';

/** The grpc-js implementation of OrderService (unary work behind `options.gate`). */
export function createOrderService(
  deps: PlaceOrderDeps & { sql: Sql; carts: Carts; feed: OrderFeed },
  auth: CallerAuth,
  logger: Logger,
  options: UnaryOptions = {},
): OrderServiceServer {
  return { ...cartHandlers(deps.carts, auth, logger, options), ...orderHandlers(deps, auth, logger, options) };
}

// The order RPCs: checkout, reading, watching and cancelling the caller's orders.
import type {
  CancelOrderRequest, CancelOrderResponse, GetOrderRequest, GetOrderResponse, ListOrdersRequest, ListOrdersResponse,
  OrderServiceServer, PlaceOrderRequest, PlaceOrderResponse, WatchOrderRequest, WatchOrderResponse,
} from '@shop/contracts/order/v1';
import { serverStream, unary, type Logger, type UnaryOptions } from '@shop/services-platform';
import type { CallerAuth } from '@shop/services-platform/auth';
import type { Sql } from 'postgres';
import { cancelOrder } from '../orders/cancel-order.js';
import { checkCheckout } from '../orders/checkout-request.js';
import { listOrders, orderFor } from '../orders/order-queries.js';
import { toWireOrder } from '../orders/order-wire.js';
import { placeOrder, type PlaceOrderDeps } from '../orders/place-order.js';
import type { OrderFeed } from '../watch/order-feed.js';
import { watchOrder } from '../watch/watch-order.js';
import { readerOf, requireUserPermission, signedInUser } from './caller.js';

type OrderMethods = Pick<OrderServiceServer, 'placeOrder' | 'getOrder' | 'listOrders' | 'watchOrder' | 'cancelOrder'>;

/** The order half of OrderService. */
export function orderHandlers(deps: PlaceOrderDeps & { sql: Sql; feed: OrderFeed }, auth: CallerAuth, logger: Logger, options: UnaryOptions): OrderMethods {
  return {
    placeOrder: unary<PlaceOrderRequest, PlaceOrderResponse>(
      async (request, ctx) => {
        const user = requireUserPermission(await signedInUser(ctx.metadata, auth), 'orders:place');
        const { order, created } = await placeOrder(deps, user.userId, checkCheckout(request));
        return { order: toWireOrder(order), created };
      },
      logger,
      options,
    ),
    getOrder: unary<GetOrderRequest, GetOrderResponse>(
      async (request, ctx) => {
        const user = await signedInUser(ctx.metadata, auth);
        return { order: toWireOrder(await orderFor(deps.sql, readerOf(user, 'orders:read:any'), request.orderId)) };
      },
      logger,
      options,
    ),
    listOrders: unary<ListOrdersRequest, ListOrdersResponse>(
      async (request, ctx) => {
        const user = await signedInUser(ctx.metadata, auth);
        const page = await listOrders(deps.sql, user.userId, request.pageSize, request.pageToken);
        return { orders: page.orders.map(toWireOrder), nextPageToken: page.nextPageToken, totalCount: page.totalCount };
      },
      logger,
      options,
    ),
    watchOrder: serverStream<WatchOrderRequest, WatchOrderResponse>(async (request, ctx) => {
      const user = await signedInUser(ctx.metadata, auth);
      await watchOrder(deps.sql, deps.feed, readerOf(user, 'orders:read:any'), request.orderId, (order) => ctx.send({ order }), ctx.signal);
    }, logger),
    cancelOrder: unary<CancelOrderRequest, CancelOrderResponse>(
      async (request, ctx) => {
        const user = await signedInUser(ctx.metadata, auth);
        return { order: toWireOrder(await cancelOrder(deps.sql, readerOf(user, 'orders:manage'), request.orderId)) };
      },
      logger,
      options,
    ),
  };
}

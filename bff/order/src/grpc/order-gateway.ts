// The order service as the resolvers see it: promises, GraphQL errors (field names renamed to the
// client's), deadlines, the caller's token and request id on every call; WatchOrder as a stream.
import { Metadata, type Client, type ClientReadableStream } from '@grpc/grpc-js';
import { closeGrpcClient, connectService, gatewayCaller, isChannelReady, type Logger } from '@shop/bff-platform';
import {
  OrderServiceClient,
  type Cart,
  type ListOrdersResponse,
  type Order,
  type PlaceOrderRequest,
  type PlaceOrderResponse,
  type WatchOrderResponse,
} from '@shop/contracts/order/v1';
import { argumentName, checkoutInputName } from './field-names.js';

/** Who a call is for. */
export interface OrderCall {
  requestId: string;
  accessToken?: string;
  /** The guest cart id from X-Cart-Id ('' = none). */
  guestCartId: string;
}

export interface OrderGateway {
  getCart(call: OrderCall): Promise<Cart>;
  addCartItem(productId: string, quantity: number, call: OrderCall): Promise<Cart>;
  setCartItemQuantity(productId: string, quantity: number, call: OrderCall): Promise<Cart>;
  removeCartItem(productId: string, call: OrderCall): Promise<Cart>;
  acceptCartPrices(call: OrderCall): Promise<Cart>;
  placeOrder(request: Omit<PlaceOrderRequest, 'guestCartId'>, call: OrderCall): Promise<PlaceOrderResponse>;
  getOrder(orderId: string, call: OrderCall): Promise<Order>;
  listOrders(pageSize: number, pageToken: string, call: OrderCall): Promise<ListOrdersResponse>;
  cancelOrder(orderId: string, call: OrderCall): Promise<Order>;
  /** Opens a WatchOrder stream (the caller cancels it when its subscriber leaves). */
  watchOrder(orderId: string, call: OrderCall): ClientReadableStream<WatchOrderResponse>;
  ready(): Promise<boolean>;
  close(): void;
}

function present<T>(value: T | undefined, method: string): T {
  if (value === undefined) throw new Error(`${method}: the order service answered without a result`);
  return value;
}

/** Deadline of PlaceOrder: it vaults the card and reads the catalog before answering. */
const PLACE_ORDER_DEADLINE_MS = 10_000;

/**
 * Longest life of one WatchOrder stream. The service checks the token once, when the stream
 * opens, so without a deadline a stream would outlive the token (15 min) forever; at the deadline
 * the subscription ends with UNAVAILABLE and the client re-reads and resubscribes with a fresh token.
 */
export const WATCH_DEADLINE_MS = 15 * 60_000;

/** Builds the gateway over a generated client (a stub in unit tests). */
export function orderGatewayFor(
  client: OrderServiceClient,
  logger: Logger,
  ready: () => Promise<boolean> = () => isChannelReady(client as Client),
  watchDeadlineMs = WATCH_DEADLINE_MS,
): OrderGateway {
  const caller = gatewayCaller(client, { service: 'order', logger, deadlineMs: 3000 });
  const placing = gatewayCaller(client, { service: 'order', logger, deadlineMs: PLACE_ORDER_DEADLINE_MS });
  const options = (call: OrderCall, field = argumentName) => ({ requestId: call.requestId, accessToken: call.accessToken, field });
  const cart = (response: { cart?: Cart }) => present(response.cart, 'cart');
  const order = (response: { order?: Order }) => present(response.order, 'order');
  return {
    getCart: (call) => caller.read('getCart', { guestCartId: call.guestCartId }, options(call)).then(cart),
    addCartItem: (productId, quantity, call) => caller.write('addCartItem', { guestCartId: call.guestCartId, productId, quantity }, options(call)).then(cart),
    setCartItemQuantity: (productId, quantity, call) =>
      caller.write('setCartItemQuantity', { guestCartId: call.guestCartId, productId, quantity }, options(call)).then(cart),
    removeCartItem: (productId, call) => caller.write('removeCartItem', { guestCartId: call.guestCartId, productId }, options(call)).then(cart),
    acceptCartPrices: (call) => caller.write('acceptCartPrices', { guestCartId: call.guestCartId }, options(call)).then(cart),
    placeOrder: (request, call) => placing.write('placeOrder', { ...request, guestCartId: call.guestCartId }, options(call, checkoutInputName)),
    getOrder: (orderId, call) => caller.read('getOrder', { orderId }, options(call)).then(order),
    listOrders: (pageSize, pageToken, call) => caller.read('listOrders', { pageSize, pageToken }, options(call)),
    cancelOrder: (orderId, call) => caller.write('cancelOrder', { orderId }, options(call)).then(order),
    watchOrder(orderId, call) {
      const metadata = new Metadata();
      metadata.set('x-request-id', call.requestId);
      if (call.accessToken) metadata.set('authorization', `Bearer ${call.accessToken}`);
      return client.watchOrder({ orderId }, metadata, { deadline: Date.now() + watchDeadlineMs });
    },
    ready,
    close: () => closeGrpcClient(client as Client),
  };
}

/** The gateway over the shared channel to `address`; ready = the service's gRPC health is SERVING. */
export function createOrderGateway(address: string, logger: Logger, watchDeadlineMs = WATCH_DEADLINE_MS): OrderGateway {
  const service = connectService(OrderServiceClient, address, 'shop.order.v1.OrderService');
  return { ...orderGatewayFor(service.client, logger, service.ready, watchDeadlineMs), close: service.close };
}

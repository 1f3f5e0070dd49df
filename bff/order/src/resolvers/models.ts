import type { Cart, CartLine, Order, OrderLine } from '@shop/contracts/order/v1';

/** What the resolvers receive: the gRPC messages as ts-proto decodes them. */
export type CartModel = Cart;
export type CartLineModel = CartLine;
export type OrderModel = Order;
export type OrderLineModel = OrderLine;

// The order service's cart, as the catalog BFF needs it for "Add to cart" and the header count.
import type { Client } from '@grpc/grpc-js';
import { connectService, gatewayCaller, type Logger } from '@shop/bff-platform';
import { OrderServiceClient, type Cart } from '@shop/contracts/order/v1';

/** Who a cart call is for: request id, the shopper's token, the guest cart id ('' = none). */
export interface CartCall {
  requestId: string;
  accessToken?: string;
  guestCartId: string;
}

export interface CartGateway {
  getCart(call: CartCall): Promise<Cart>;
  addToCart(productId: string, quantity: number, call: CartCall): Promise<Cart>;
  close(): void;
}

const ARG_OF: Record<string, string> = { product_id: 'productId', quantity: 'quantity', guest_cart_id: 'X-Cart-Id' };

/** Builds the gateway over a generated client (a stub in unit tests). */
export function cartGatewayFor(client: OrderServiceClient, logger: Logger, close: () => void = () => (client as Client).close()): CartGateway {
  const caller = gatewayCaller(client, { service: 'order', logger, deadlineMs: 3000 });
  const options = (call: CartCall) => ({ requestId: call.requestId, accessToken: call.accessToken, field: (f: string) => ARG_OF[f] ?? f });
  const cart = (response: { cart?: Cart }) => {
    if (!response.cart) throw new Error('the order service answered without a cart');
    return response.cart;
  };
  return {
    getCart: (call) => caller.read('getCart', { guestCartId: call.guestCartId }, options(call)).then(cart),
    addToCart: (productId, quantity, call) => caller.write('addCartItem', { guestCartId: call.guestCartId, productId, quantity }, options(call)).then(cart),
    close,
  };
}

/** The gateway over a channel to the order service at `address`. */
export function createCartGateway(address: string, logger: Logger): CartGateway {
  const service = connectService(OrderServiceClient, address, 'shop.order.v1.OrderService');
  return cartGatewayFor(service.client, logger, service.close);
}

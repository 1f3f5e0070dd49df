// Prepared shoppers: a signed-in user each, with a filled cart, ready to place one order.
import { randomUUID } from 'node:crypto';
import { credentials, Metadata } from '@grpc/grpc-js';
import { mintTestToken, type TestKeys } from '@shop/node-platform/auth/testing';
import { OrderServiceClient, type AddCartItemRequest, type AddCartItemResponse } from '@shop/contracts/order/v1';

export interface Shopper {
  token: string;
  /** The lines in the cart (what PlaceOrder confirms). */
  lines: Array<{ productId: string; quantity: number }>;
}

/** One order's products: a hot product (contention) and a cold one. */
export type Basket = (index: number) => Array<{ productId: string; quantity: number }>;

/** Mints `count` shoppers and fills their carts over gRPC, `inFlight` at a time. */
export async function prepareShoppers(orderAddr: string, keys: TestKeys, count: number, basket: Basket, inFlight = 32): Promise<Shopper[]> {
  const client = new OrderServiceClient(orderAddr, credentials.createInsecure());
  const shoppers: Shopper[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      const token = await mintTestToken(keys, randomUUID(), ['orders:place', 'orders:read:own'], { ttlSeconds: 3600 });
      const lines = basket(index);
      for (const line of lines) await addItem(client, token, { guestCartId: '', productId: line.productId, quantity: line.quantity });
      shoppers.push({ token, lines });
    }
  };
  try {
    await Promise.all(Array.from({ length: inFlight }, worker));
  } finally {
    client.close();
  }
  return shoppers;
}

function addItem(client: OrderServiceClient, token: string, request: AddCartItemRequest): Promise<AddCartItemResponse> {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return new Promise((resolve, reject) => {
    client.addCartItem(request, metadata, { deadline: Date.now() + 10_000 }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

/** The placeOrder request body for a shopper (a fresh idempotency key per checkout). */
export function placeOrderBody(shopper: Shopper): string {
  return JSON.stringify({
    query: 'mutation Place($input: PlaceOrderInput!) { placeOrder(input: $input) { created order { id status version } } }',
    variables: {
      input: {
        idempotencyKey: randomUUID(),
        lines: shopper.lines,
        shippingAddress: { fullName: 'Bench Shopper', line1: '1 Load Street', city: 'Benchville', postalCode: '12345', country: 'US' },
        cardNumber: '4242 4242 4242 4242',
      },
    },
  });
}

// The cart RPCs: guests by guest cart id, shoppers by token (merging a named guest cart first).
import type {
  AcceptCartPricesRequest, AcceptCartPricesResponse, AddCartItemRequest, AddCartItemResponse, GetCartRequest, GetCartResponse,
  MergeCartRequest, MergeCartResponse, OrderServiceServer, RemoveCartItemRequest, RemoveCartItemResponse,
  SetCartItemQuantityRequest, SetCartItemQuantityResponse,
} from '@shop/contracts/order/v1';
import { unary, type CallContext, type Logger, type UnaryOptions } from '@shop/services-platform';
import type { CallerAuth } from '@shop/services-platform/auth';
import { checkGuestCartId, type CartCaller } from '../carts/cart-owner.js';
import type { Carts } from '../carts/carts.js';
import { signedInUser, userFrom } from './caller.js';

type CartMethods = Pick<OrderServiceServer, 'getCart' | 'addCartItem' | 'setCartItemQuantity' | 'removeCartItem' | 'acceptCartPrices' | 'mergeCart'>;

/** The cart half of OrderService. */
export function cartHandlers(carts: Carts, auth: CallerAuth, logger: Logger, options: UnaryOptions): CartMethods {
  const caller = async (ctx: CallContext, guestCartId: string): Promise<CartCaller> => ({
    userId: (await userFrom(ctx.metadata, auth))?.userId,
    guestCartId: checkGuestCartId(guestCartId),
  });
  return {
    getCart: unary<GetCartRequest, GetCartResponse>(async (request, ctx) => ({ cart: await carts.get(await caller(ctx, request.guestCartId)) }), logger, options),
    addCartItem: unary<AddCartItemRequest, AddCartItemResponse>(
      async (request, ctx) => ({ cart: await carts.add(await caller(ctx, request.guestCartId), request.productId, request.quantity) }),
      logger,
      options,
    ),
    setCartItemQuantity: unary<SetCartItemQuantityRequest, SetCartItemQuantityResponse>(
      async (request, ctx) => ({ cart: await carts.setQuantity(await caller(ctx, request.guestCartId), request.productId, request.quantity) }),
      logger,
      options,
    ),
    removeCartItem: unary<RemoveCartItemRequest, RemoveCartItemResponse>(
      async (request, ctx) => ({ cart: await carts.remove(await caller(ctx, request.guestCartId), request.productId) }),
      logger,
      options,
    ),
    acceptCartPrices: unary<AcceptCartPricesRequest, AcceptCartPricesResponse>(
      async (request, ctx) => ({ cart: await carts.acceptPrices(await caller(ctx, request.guestCartId)) }),
      logger,
      options,
    ),
    mergeCart: unary<MergeCartRequest, MergeCartResponse>(
      async (request, ctx) => {
        const user = await signedInUser(ctx.metadata, auth);
        return { cart: await carts.get({ userId: user.userId, guestCartId: checkGuestCartId(request.guestCartId) }) };
      },
      logger,
      options,
    ),
  };
}

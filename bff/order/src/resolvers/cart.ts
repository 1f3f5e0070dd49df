// The cart: read and change it (a guest by X-Cart-Id, a shopper by token).
import type { MutationResolvers, QueryResolvers } from '../gen/resolvers-types.js';

export const cartQuery: Pick<QueryResolvers, 'cart'> = {
  cart: (_parent, _args, ctx) => ctx.orders.getCart(ctx.call),
};

export const cartMutations: Pick<MutationResolvers, 'addToCart' | 'setCartItemQuantity' | 'removeFromCart' | 'acceptCartPrices'> = {
  addToCart: (_parent, args, ctx) => ctx.orders.addCartItem(args.productId, args.quantity, ctx.call),
  setCartItemQuantity: (_parent, args, ctx) => ctx.orders.setCartItemQuantity(args.productId, args.quantity, ctx.call),
  removeFromCart: (_parent, args, ctx) => ctx.orders.removeCartItem(args.productId, ctx.call),
  acceptCartPrices: (_parent, _args, ctx) => ctx.orders.acceptCartPrices(ctx.call),
};

// The cart in brief: the header count and "Add to cart" (the order service owns carts).
import type { CartSummaryResolvers, MutationResolvers, QueryResolvers } from '../gen/resolvers-types.js';

export const cartQuery: Pick<QueryResolvers, 'cartSummary'> = {
  cartSummary: (_root, _args, ctx) => ctx.cart.getCart(ctx.cartCall),
};

export const Mutation: MutationResolvers = {
  addToCart: (_root, args, ctx) => ctx.cart.addToCart(args.productId, args.quantity, ctx.cartCall),
};

export const CartSummary: CartSummaryResolvers = {
  guestCartId: (cart) => (cart.guestCartId === '' ? null : cart.guestCartId),
};

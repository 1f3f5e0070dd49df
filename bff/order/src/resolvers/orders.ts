// Checkout and the shopper's orders.
import { decodeAfterArg, pageSizeFor, requireViewer, toConnection, userInputError } from '@shop/bff-platform';
import type { MutationResolvers, QueryResolvers } from '../gen/resolvers-types.js';

/** Page sizes `orders(first:)` accepts (the service's ListOrders range). */
export const FIRST_RANGE = { min: 1, max: 50 } as const;

function checkFirst(first: number): number {
  if (!Number.isInteger(first) || first < FIRST_RANGE.min || first > FIRST_RANGE.max) {
    throw userInputError(`first must be between ${FIRST_RANGE.min} and ${FIRST_RANGE.max}.`, 'first');
  }
  return first;
}

export const orderQueries: Pick<QueryResolvers, 'order' | 'orders'> = {
  order: (_parent, args, ctx) => {
    requireViewer(ctx);
    return ctx.orders.getOrder(args.id, ctx.call);
  },
  orders: async (_parent, args, ctx) => {
    requireViewer(ctx);
    const first = checkFirst(args.first ?? 20);
    if (args.after && args.after.length > 512) throw userInputError('after is not a cursor of this list.', 'after');
    const after = decodeAfterArg(args.after);
    const page = await ctx.orders.listOrders(pageSizeFor(first, after, FIRST_RANGE.max), after?.token ?? '', ctx.call);
    return toConnection({ items: page.orders, nextPageToken: page.nextPageToken, totalCount: page.totalCount }, after);
  },
};

export const orderMutations: Pick<MutationResolvers, 'placeOrder' | 'cancelOrder'> = {
  placeOrder: async (_parent, { input }, ctx) => {
    requireViewer(ctx);
    const address = input.shippingAddress;
    const { order, created } = await ctx.orders.placeOrder(
      {
        idempotencyKey: input.idempotencyKey,
        lines: input.lines.map((line) => ({ productId: line.productId, quantity: line.quantity })),
        shippingAddress: { ...address, line2: address.line2 ?? '' },
        cardNumber: input.cardNumber,
      },
      ctx.call,
    );
    if (!order) throw new Error('placeOrder: the order service answered without an order');
    return { order, created };
  },
  cancelOrder: (_parent, args, ctx) => {
    requireViewer(ctx);
    return ctx.orders.cancelOrder(args.id, ctx.call);
  },
};

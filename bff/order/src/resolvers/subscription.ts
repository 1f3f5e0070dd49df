// Subscription.orderUpdated over SSE, fed by the order service's WatchOrder stream.
import { requireViewer } from '@shop/bff-platform';
import type { Order } from '@shop/contracts/order/v1';
import type { SubscriptionResolvers } from '../gen/resolvers-types.js';
import { orderUpdates } from '../subscriptions/order-updates.js';

export const subscription: Pick<SubscriptionResolvers, 'orderUpdated'> = {
  orderUpdated: {
    subscribe: (_parent, args, ctx) => {
      const viewer = requireViewer(ctx);
      // Read before taking a slot: a malformed X-Cart-Id throws here, and must not cost one.
      const call = ctx.call;
      const release = ctx.streams.acquire(viewer.userId);
      try {
        return orderUpdates(ctx.orders.watchOrder(args.id, call), release, ctx.stopping);
      } catch (error) {
        release();
        throw error;
      }
    },
    resolve: (order: Order) => order,
  },
};

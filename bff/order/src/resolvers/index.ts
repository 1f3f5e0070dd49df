import type { Resolvers } from '../gen/resolvers-types.js';
import { cartMutations, cartQuery } from './cart.js';
import { orderMutations, orderQueries } from './orders.js';
import { subscription } from './subscription.js';
import { typeResolvers } from './types.js';

/** Every resolver of the order BFF (typed by the generated resolver types). */
export const resolvers: Resolvers = {
  Query: { ...cartQuery, ...orderQueries },
  Mutation: { ...cartMutations, ...orderMutations },
  Subscription: subscription,
  ...typeResolvers,
};

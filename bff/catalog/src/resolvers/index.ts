import type { Resolvers } from '../gen/resolvers-types.js';
import { CartSummary, cartQuery, Mutation } from './cart.js';
import { Product } from './product.js';
import { Query } from './query.js';

/** Every catalog resolver, typed by the generated `Resolvers`. */
export const resolvers: Resolvers = { Query: { ...Query, ...cartQuery }, Mutation, Product, CartSummary };

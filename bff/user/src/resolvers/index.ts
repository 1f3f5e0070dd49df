import type { Resolvers } from '../gen/resolvers-types.js';
import { accountMutations } from './account-mutations.js';
import { queryResolvers } from './query.js';
import { sessionMutations } from './session-mutations.js';
import { userResolvers } from './user.js';

/** Every resolver of the user BFF (typed by the generated resolver types). */
export const resolvers: Resolvers = {
  Query: queryResolvers,
  Mutation: { ...sessionMutations, ...accountMutations },
  User: userResolvers,
};

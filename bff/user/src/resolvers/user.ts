import { Role as WireRole } from '@shop/contracts/user/v1';
import type { Role, UserResolvers } from '../gen/resolvers-types.js';

/** GraphQL role of a wire role (an unknown one is the least privileged). */
export function toGraphQLRole(role: WireRole): Role {
  return role === WireRole.ROLE_ADMIN ? 'ADMIN' : 'USER';
}

/** Wire role of a GraphQL role. */
export function toWireRole(role: Role): WireRole {
  return role === 'ADMIN' ? WireRole.ROLE_ADMIN : WireRole.ROLE_USER;
}

/** User fields that differ from the service's message. */
export const userResolvers: UserResolvers = {
  role: (user) => toGraphQLRole(user.role),
};

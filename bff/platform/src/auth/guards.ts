// Resolver guards: refuse before any service call. The service checks again (it is the gate);
// these make the BFF answer the same codes without a round trip.
import type { Permission } from '@shop/contracts/auth';
import type { Principal } from '@shop/node-platform/auth';
import type { GraphQLError as GraphQLErrorType } from 'graphql';
import { ErrorCode } from '../graphql/error-codes.js';
import { graphqlRuntime } from '../graphql/graphql-runtime.js';
import type { RequestAuth } from './request-auth.js';

const { GraphQLError } = graphqlRuntime;

/** `UNAUTHENTICATED` (HTTP 401 with a Bearer challenge on both paths). */
export function unauthenticatedError(message = 'Sign in to continue.'): GraphQLErrorType {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.Unauthenticated, http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } },
  });
}

/** `FORBIDDEN` (HTTP 403): signed in, but not allowed. */
export function forbiddenError(message = 'You are not allowed to do this.'): GraphQLErrorType {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Forbidden, http: { status: 403 } } });
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireViewer(ctx: RequestAuth): Principal {
  if (!ctx.viewer) throw unauthenticatedError();
  return ctx.viewer;
}

/** The signed-in caller holding `permission`: UNAUTHENTICATED when anonymous, FORBIDDEN without it. */
export function requirePermission(ctx: RequestAuth, permission: Permission): Principal {
  const viewer = requireViewer(ctx);
  if (!viewer.permissions.has(permission)) throw forbiddenError();
  return viewer;
}

/** gRPC call options carrying the caller's token as metadata `authorization` (none when anonymous). */
export function authMetadata(ctx: RequestAuth): Record<string, string> | undefined {
  return ctx.accessToken ? { authorization: `Bearer ${ctx.accessToken}` } : undefined;
}

// The caller of a gRPC method, proven by the access token in metadata `authorization` (the BFF
// forwards the user's bearer token; services never trust a plain user-id header). Permissions,
// not role names, decide: `requirePermission(ctx, 'users:manage')`.
import type { Metadata } from '@grpc/grpc-js';
import type { Permission } from '@shop/contracts/auth';
import { AuthError, bearerToken, verifyAccessToken, type AuthKeys, type Principal } from '@shop/node-platform/auth';
import { DomainError } from '../errors/domain-error.js';

/** Verifies the caller's token from metadata; undefined when none was sent (anonymous). */
export async function principalFrom(metadata: Metadata, auth: AuthKeys): Promise<Principal | undefined> {
  const values = metadata.get('authorization');
  if (values.length > 1) throw new DomainError('UNAUTHENTICATED', 'Send one authorization value.');
  const header = values[0];
  try {
    const token = bearerToken(typeof header === 'string' ? header : undefined);
    return token === undefined ? undefined : await verifyAccessToken(token, auth.verificationKeys, auth.audience);
  } catch (error) {
    if (error instanceof AuthError) throw new DomainError('UNAUTHENTICATED', error.message);
    throw error;
  }
}

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireSignedIn(principal: Principal | undefined): Principal {
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return principal;
}

/** The caller when allowed `permission`: UNAUTHENTICATED when anonymous, PERMISSION_DENIED otherwise. */
export function requirePermission(principal: Principal | undefined, permission: Permission): Principal {
  const caller = requireSignedIn(principal);
  if (!caller.permissions.has(permission)) throw new DomainError('PERMISSION_DENIED', 'You are not allowed to do this.');
  return caller;
}

// The caller of a gRPC method, proven by the token in metadata `authorization`: a user's access
// token (the BFF forwards it; services never trust a plain user-id header) or, where the service
// accepts them, another service's identity token. Permissions, not role or service names, decide:
// `requirePermission(caller, 'users:manage')`, `requirePermission(caller, 'stock:reserve')`.
import type { Metadata } from '@grpc/grpc-js';
import type { Permission, ServicePermission } from '@shop/contracts/auth';
import {
  AuthError,
  bearerToken,
  isServiceToken,
  verifyAccessToken,
  verifyServiceToken,
  type AuthKeys,
  type Principal,
  type ServicePrincipal,
  type VerificationKeys,
} from '@shop/node-platform/auth';
import { DomainError } from '../errors/domain-error.js';

/** A verified caller: a user (Principal) or a service (ServicePrincipal). */
export type CallPrincipal = Principal | ServicePrincipal;

/** What a service verifies callers with: user token keys, and (when it takes them) service token keys. */
export interface CallerAuth extends AuthKeys {
  /** Service tokens addressed to `callee` (this service's name), signed by a key in `verificationKeys`. */
  services?: { verificationKeys: VerificationKeys; callee: string };
}

/** True when the caller is a service. */
export function isServiceCaller(principal: CallPrincipal | undefined): principal is ServicePrincipal {
  return principal !== undefined && 'service' in principal;
}

function verify(token: string, auth: CallerAuth): Promise<CallPrincipal> {
  if (!isServiceToken(token)) return verifyAccessToken(token, auth.verificationKeys, auth.audience);
  if (!auth.services) throw new AuthError('invalid');
  return verifyServiceToken(token, auth.services.verificationKeys, auth.services.callee);
}

/** Verifies the caller's token from metadata; undefined when none was sent (anonymous). */
export async function principalFrom(metadata: Metadata, auth: CallerAuth): Promise<CallPrincipal | undefined> {
  const values = metadata.get('authorization');
  if (values.length > 1) throw new DomainError('UNAUTHENTICATED', 'Send one authorization value.');
  const header = values[0];
  try {
    const token = bearerToken(typeof header === 'string' ? header : undefined);
    return token === undefined ? undefined : await verify(token, auth);
  } catch (error) {
    if (error instanceof AuthError) throw new DomainError('UNAUTHENTICATED', error.message);
    throw error;
  }
}

/** The signed-in caller (user or service), or UNAUTHENTICATED. */
export function requireSignedIn(principal: CallPrincipal | undefined): CallPrincipal {
  if (!principal) throw new DomainError('UNAUTHENTICATED', 'Sign in to continue.');
  return principal;
}

/**
 * The caller when allowed `permission`: UNAUTHENTICATED when anonymous, PERMISSION_DENIED
 * otherwise. User permissions are only ever held by users and service permissions by services,
 * so the result is typed accordingly.
 */
export function requirePermission(principal: CallPrincipal | undefined, permission: Permission): Principal;
export function requirePermission(principal: CallPrincipal | undefined, permission: ServicePermission): ServicePrincipal;
export function requirePermission(principal: CallPrincipal | undefined, permission: Permission | ServicePermission): CallPrincipal {
  const caller = requireSignedIn(principal);
  if (!(caller.permissions as ReadonlySet<string>).has(permission)) {
    throw new DomainError('PERMISSION_DENIED', 'You are not allowed to do this.');
  }
  return caller;
}

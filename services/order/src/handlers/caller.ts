// Who is calling the order service: a shopper's access token (forwarded by a BFF) or nobody.
import type { Metadata } from '@grpc/grpc-js';
import { isServiceCaller, principalFrom, requireSignedIn, type CallerAuth } from '@shop/services-platform/auth';
import { DomainError } from '@shop/services-platform';
import type { Principal } from '@shop/node-platform/auth';
import type { Permission } from '@shop/contracts/auth';
import type { OrderReader } from '../orders/order-queries.js';

/** The signed-in user, or undefined for a guest (services have no business with carts or orders). */
export async function userFrom(metadata: Metadata, auth: CallerAuth): Promise<Principal | undefined> {
  const principal = await principalFrom(metadata, auth);
  if (isServiceCaller(principal)) throw new DomainError('PERMISSION_DENIED', 'You are not allowed to do this.');
  return principal;
}

/** The signed-in user, or UNAUTHENTICATED. */
export async function signedInUser(metadata: Metadata, auth: CallerAuth): Promise<Principal> {
  return requireSignedIn(await userFrom(metadata, auth)) as Principal;
}

/** The user when holding `permission`, PERMISSION_DENIED otherwise. */
export function requireUserPermission(user: Principal, permission: Permission): Principal {
  if (!user.permissions.has(permission)) throw new DomainError('PERMISSION_DENIED', 'You are not allowed to do this.');
  return user;
}

/** The user as a reader of orders (own orders; any with `anyPermission`). */
export function readerOf(user: Principal, anyPermission: Permission): OrderReader {
  return { userId: user.userId, readsAny: user.permissions.has(anyPermission) };
}

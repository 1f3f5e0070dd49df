// Service identity tokens: how one service proves to another which service is calling. A short
// EdDSA JWT the caller signs with its own key: `sub` service:<caller>, `aud` service:<callee> (a
// token for the payment service is useless at the catalog), issuer `shop-services` and header
// `typ: svc+jwt`, so a user access token never passes as one and a service token never passes
// as a user's (different issuer, audience and type; no `perms` claim). Permissions come from
// the contracts' `servicePermissions` map, never from the token. A key's `kid` names its service
// (`order.2026-12`): a callee trusts a key only for tokens of the service the kid names.
import { decodeProtectedHeader, SignJWT } from 'jose';
import { permissionsOfService, type ServicePermission } from '@shop/contracts/auth';
import { AuthError } from './access-token.js';
import { ACCESS_TOKEN_ALG, type SigningKey, type VerificationKeys } from './key-set.js';
import { verifyJwt } from './verify-jwt.js';

/** Issuer of every service token (user tokens: AUTH_ISSUER, default `shop-user`). */
export const SERVICE_TOKEN_ISSUER = 'shop-services';
/** The JWT header `typ` of service tokens (user access tokens: `at+jwt`). */
export const SERVICE_TOKEN_TYPE = 'svc+jwt';

/** A calling service, as proven by a verified service token. */
export interface ServicePrincipal {
  service: string;
  permissions: ReadonlySet<ServicePermission>;
  /** Expiry, seconds since the epoch. */
  expiresAt: number;
}

const SERVICE_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** True for a service name (lowercase letters, digits, "-"; e.g. `order`). */
export function isServiceName(name: string): boolean {
  return SERVICE_NAME.test(name);
}

/** The service a key id belongs to: the part before the first "." (`order.2026-12` → `order`). */
export function serviceOfKid(kid: string): string | undefined {
  const dot = kid.indexOf('.');
  const service = dot > 0 ? kid.slice(0, dot) : '';
  return isServiceName(service) ? service : undefined;
}

/** True when the (unverified) header says service token: which verifier to use, never a proof. */
export function isServiceToken(token: string): boolean {
  try {
    return decodeProtectedHeader(token).typ === SERVICE_TOKEN_TYPE;
  } catch {
    return false;
  }
}

/** The audience of tokens for the service `callee`. */
export function serviceAudience(callee: string): string {
  return `service:${callee}`;
}

/** Signs a service token from `service` for `callee`; the signer's kid must name `service`. */
export async function signServiceToken(
  service: string,
  callee: string,
  signer: SigningKey,
  options: { ttlSeconds: number; now?: () => number },
): Promise<string> {
  if (serviceOfKid(signer.kid) !== service) throw new Error(`signing key ${signer.kid} does not belong to service ${service}`);
  const issuedAt = Math.floor((options.now ?? Date.now)() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ACCESS_TOKEN_ALG, kid: signer.kid, typ: SERVICE_TOKEN_TYPE })
    .setSubject(`service:${service}`)
    .setIssuer(SERVICE_TOKEN_ISSUER)
    .setAudience(serviceAudience(callee))
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + options.ttlSeconds)
    .sign(signer.key);
}

/** Verifies a service token addressed to `callee`; resolves to the calling service or rejects with AuthError. */
export async function verifyServiceToken(
  token: string,
  keys: VerificationKeys,
  callee: string,
  now: () => number = Date.now,
): Promise<ServicePrincipal> {
  const { payload, kid } = await verifyJwt(token, keys, {
    typ: SERVICE_TOKEN_TYPE,
    issuer: SERVICE_TOKEN_ISSUER,
    audience: serviceAudience(callee),
    requiredClaims: ['sub', 'exp', 'iat'],
    currentDate: new Date(now()),
  });
  const signedBy = serviceOfKid(kid);
  // The key must belong to the service the token names: order's key cannot speak for another.
  if (!signedBy || payload.sub !== `service:${signedBy}`) throw new AuthError('invalid');
  const service = signedBy;
  return { service, permissions: new Set(permissionsOfService(service)), expiresAt: payload.exp as number };
}

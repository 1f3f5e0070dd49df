// Who is calling, per request: the bearer token is read and verified once, before either
// GraphQL path runs, and kept on the node request for the context factory.
import type { IncomingMessage } from 'node:http';
import { AuthError, bearerToken, verifyAccessToken, type AuthKeys, type Principal } from '@shop/node-platform/auth';
import { BoundedLru } from '../graphql/bounded-lru.js';

/** The caller as a BFF context sees it: both unset for an anonymous request. */
export interface RequestAuth {
  viewer?: Principal;
  /** The verified bearer token, forwarded to services as gRPC metadata `authorization`. */
  accessToken?: string;
}

/** Verifies a request's `Authorization` header; resolves to the caller or rejects with AuthError. */
export type Authenticator = (req: IncomingMessage) => Promise<RequestAuth>;

const ANONYMOUS: RequestAuth = Object.freeze({});

/**
 * The authenticator of a BFF. No header → anonymous; a header that is not a valid, unexpired
 * token signed by a known `kid` for our issuer and audience → AuthError. Without keys every
 * token is refused (nothing could prove it).
 *
 * A verified token is remembered until it expires (an EdDSA check costs ≈ 150 µs; a client
 * sends the same token for its whole lifetime). Only verified tokens are cached, keyed by the
 * exact token text, and the keys are fixed for the process, so a hit proves what a check would.
 */
export function createAuthenticator(keys: AuthKeys | undefined, now: () => number = Date.now): Authenticator {
  const verified = new BoundedLru<Principal>(10_000, 8_000_000);
  return async (req) => {
    const token = bearerToken(req.headers.authorization);
    if (token === undefined) return ANONYMOUS;
    if (!keys) throw new AuthError('invalid');
    let viewer = verified.get(token);
    if (viewer === undefined || viewer.expiresAt * 1000 <= now()) {
      viewer = await verifyAccessToken(token, keys.verificationKeys, keys.audience, now);
      verified.set(token, viewer);
    }
    return { viewer, accessToken: token };
  };
}

const AUTH = Symbol('shop.requestAuth');
type WithAuth = { [AUTH]?: RequestAuth };

/** Remembers the verified caller on the node request (read by the context factory). */
export function setRequestAuth(req: object, auth: RequestAuth): void {
  (req as WithAuth)[AUTH] = auth;
}

/** The caller verified for this node request (anonymous when none was set). */
export function getRequestAuth(req: object): RequestAuth {
  return (req as WithAuth)[AUTH] ?? ANONYMOUS;
}

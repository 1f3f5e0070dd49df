// Who is calling, per request: the bearer token is read and verified once, before either
// GraphQL path runs, and kept on the node request for the context factory.
import type { IncomingMessage } from 'node:http';
import { AuthError, bearerToken, verifyAccessToken, type AuthKeys, type Principal } from '@shop/node-platform/auth';

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
 */
export function createAuthenticator(keys: AuthKeys | undefined): Authenticator {
  return async (req) => {
    const header = req.headers.authorization;
    const token = bearerToken(header);
    if (token === undefined) return ANONYMOUS;
    if (!keys) throw new AuthError('invalid');
    const viewer = await verifyAccessToken(token, keys.verificationKeys, keys.audience);
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

import type { IncomingMessage } from 'node:http';
import { clientAddress, getNodeResponse } from '@shop/bff-platform';
import type { Session } from '@shop/contracts/user/v1';
import { clearedRefreshCookie, readRefreshCookie, refreshCookie, secureCookies } from './refresh-cookie.js';
import { assertSessionRequest } from './session-guard.js';

/** What the session resolvers need from the HTTP request and response. */
export interface SessionHttp {
  /** The client address login throttling counts against. */
  readonly clientAddress: string;
  /** 403 FORBIDDEN unless X-Shop-Session: 1 from an allowed Origin. */
  assertSessionRequest(): void;
  /** The refresh token of the request's cookie. */
  refreshToken(): string | undefined;
  /** Sets the refresh cookie of `session` on the response. */
  keep(session: Session): void;
  /** Clears the refresh cookie on the response. */
  clear(): void;
}

/** How the session HTTP rules are configured for one BFF. */
export interface SessionHttpPolicy {
  corsOrigins: readonly string[];
  trustProxy: boolean;
  /** The BFF's public origin for this request (Secure cookies unless local plain http). */
  publicOrigin: (req: IncomingMessage) => string;
}

/** The session view of one request. */
export function sessionHttp(req: IncomingMessage, policy: SessionHttpPolicy): SessionHttp {
  const setCookie = (value: string) => getNodeResponse(req)?.setHeader('set-cookie', value);
  const secure = () => secureCookies(policy.publicOrigin(req));
  return {
    get clientAddress() {
      return clientAddress(req, policy.trustProxy);
    },
    assertSessionRequest: () => assertSessionRequest(req, policy.corsOrigins),
    refreshToken: () => readRefreshCookie(req),
    keep: (session) => setCookie(refreshCookie(session.refreshToken, session.refreshTokenExpiresAt, secure())),
    clear: () => setCookie(clearedRefreshCookie(secure())),
  };
}

import type { IncomingMessage } from 'node:http';
import type { BaseContext } from '@shop/bff-platform';
import type { UserGateway } from './grpc/user-gateway.js';
import type { LoginThrottle } from './session/login-throttle.js';
import { sessionHttp, type SessionHttp, type SessionHttpPolicy } from './session/session-http.js';

/** Per-request context of the user resolvers (`viewer`/`accessToken` come from the platform). */
export interface UserContext extends BaseContext {
  requestId: string;
  users: UserGateway;
  loginThrottle: LoginThrottle;
  /** Cookie, session-request guard and client address of this request (made on first use). */
  readonly session: SessionHttp;
}

/** Builds the context factory the BFF app calls for every request. */
export function userContextFactory(users: UserGateway, loginThrottle: LoginThrottle, policy: SessionHttpPolicy) {
  return ({ requestId, req }: { requestId: string; req: IncomingMessage }): UserContext => {
    let session: SessionHttp | undefined;
    return {
      requestId,
      users,
      loginThrottle,
      get session() {
        return (session ??= sessionHttp(req, policy));
      },
    };
  };
}

import type { Session } from '@shop/contracts/user/v1';
import type { SessionHttp } from '../session/session-http.js';
import type { UserModel } from './models.js';

/** What an AuthPayload resolves from: never the refresh token, which only the cookie carries. */
export interface AuthPayloadModel {
  user: UserModel;
  accessToken: string;
  accessTokenExpiresAt: string;
}

/** Keeps the session's refresh token in the cookie and returns the rest as the payload. */
export function signedIn(session: Session, http: SessionHttp): AuthPayloadModel {
  if (!session.user) throw new Error('session without a user');
  http.keep(session);
  return { user: session.user, accessToken: session.accessToken, accessTokenExpiresAt: session.accessTokenExpiresAt };
}

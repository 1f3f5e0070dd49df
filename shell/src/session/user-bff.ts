import { createGraphQLClient, SESSION_MUTATION, sessionMutation, type AuthPayload } from '@shop/apps-platform';
import { ShellLogoutDocument, ShellRefreshSessionDocument } from './gen/graphql.js';

/** The shell's two calls to the user BFF. */
export interface UserBffSession {
  refreshSession(): Promise<AuthPayload>;
  /**
   * Ends the session the refresh cookie names. No bearer token: an expired access token would
   * make the BFF answer 401 before logout runs, and the cookie would outlive the sign-out.
   */
  logout(): Promise<void>;
}

/**
 * Calls the user BFF with the refresh cookie (`credentials: 'include'`) and the `X-Shop-Session`
 * header its session mutations require; throws GraphQLRequestError like every client.
 */
export function userBffSession(bffUrl: string, fetchImpl?: typeof fetch): UserBffSession {
  const client = createGraphQLClient({ url: bffUrl, credentials: 'include', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return {
    async refreshSession() {
      return (await client.request(ShellRefreshSessionDocument, {}, SESSION_MUTATION)).refreshSession;
    },
    async logout() {
      await client.request(ShellLogoutDocument, {}, sessionMutation(null));
    },
  };
}

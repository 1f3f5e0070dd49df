import { createGraphQLClient, SESSION_MUTATION, sessionMutation, type AuthPayload } from '@shop/apps-platform';
import { ShellLogoutDocument, ShellRefreshSessionDocument } from './gen/graphql.js';

/** The shell's two calls to the user BFF. */
export interface UserBffSession {
  refreshSession(): Promise<AuthPayload>;
  logout(accessToken: string | null): Promise<void>;
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
    async logout(accessToken) {
      await client.request(ShellLogoutDocument, {}, sessionMutation(accessToken));
    },
  };
}

import { createGraphQLClient, type GraphQLClient, type GraphQLClientOptions } from '../graphql-client.js';
import { GraphQLRequestError } from '../graphql-request-error.js';
import type { SessionSource } from './types.js';

/** Headers and options for the user BFF's session mutations (login, register, refreshSession, logout, changePassword). */
export const SESSION_MUTATION = Object.freeze({ headers: { 'X-Shop-Session': '1' }, refreshOnUnauthenticated: false });

/** `SESSION_MUTATION` plus the caller's bearer token (logout revokes the session it belongs to). */
export function sessionMutation(accessToken: string | null): { headers: Record<string, string>; refreshOnUnauthenticated: false } {
  return {
    headers: { ...SESSION_MUTATION.headers, ...(accessToken ? { Authorization: `Bearer ${accessToken}` } : {}) },
    refreshOnUnauthenticated: false,
  };
}

/**
 * A GraphQL client that sends `Authorization: Bearer <session.accessToken>` and, when a call that
 * carried a token answers UNAUTHENTICATED (the token expired), asks the session owner for a fresh
 * one (`auth.refresh()`, single flight in the owner) and retries once with it. A null refresh (the
 * session ended) rethrows the original error; the owner takes the user to sign-in.
 */
export function createAuthGraphQLClient(options: GraphQLClientOptions & { session: SessionSource }): GraphQLClient {
  const { session, ...clientOptions } = options;
  const base = createGraphQLClient(clientOptions);
  const bearer = (token: string | null): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});

  return {
    async request(document, variables, requestOptions) {
      const token = session.current().accessToken;
      const headers = { ...bearer(token), ...requestOptions?.headers };
      try {
        return await base.request(document, variables, { ...requestOptions, headers });
      } catch (error) {
        const auth = session.auth();
        const retryable = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED' && token !== null;
        if (!retryable || !auth || requestOptions?.refreshOnUnauthenticated === false) throw error;
        // Use the token refresh() returns: global data reaches this window a tick later.
        const fresh = await auth.refresh();
        if (!fresh) throw error;
        return base.request(document, variables, { ...requestOptions, headers: { ...headers, ...bearer(fresh) } });
      }
    },
  };
}

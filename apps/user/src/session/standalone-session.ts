import { createGraphQLClient, createSessionController, SESSION_MUTATION, sessionMutation, type RuntimeConfig, type SessionController } from '@shop/apps-platform';
import { LogoutDocument, RefreshSessionDocument } from '../gen/graphql';

/**
 * Standalone (no shell), the user app keeps its own minimal session, on the same terms as the
 * shell's: token in memory, restored from the refresh cookie at load, single-flight refresh.
 */
export function standaloneSession(config: RuntimeConfig, fetchImpl?: typeof fetch): SessionController {
  const client = createGraphQLClient({ url: config.bffUrl, credentials: 'include', ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return createSessionController({
    refreshSession: async () => (await client.request(RefreshSessionDocument, {}, SESSION_MUTATION)).refreshSession,
    logout: async (token) => void (await client.request(LogoutDocument, {}, sessionMutation(token))),
  });
}

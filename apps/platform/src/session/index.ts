// The session protocol (shell ⇄ sub-apps) and its pieces.
export { SIGNED_OUT, hasPermission } from './types.js';
export type { AuthPayload, SessionAuth, SessionSource, SessionUser, SharedSession } from './types.js';
export { parseAuth, parseSession } from './parse-session.js';
export { anonymousSession, globalDataSession } from './global-data-session.js';
export { createSessionController } from './session-controller.js';
export type { SessionController, SessionControllerOptions } from './session-controller.js';
export { refreshDelay, REFRESH_MARGIN_MS } from './refresh-delay.js';
export { createAuthGraphQLClient, SESSION_MUTATION, sessionMutation } from './auth-graphql-client.js';
export { provideSession, useSession } from './use-session.js';
export type { SessionState } from './use-session.js';

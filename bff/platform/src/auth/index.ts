// Access tokens at the BFF edge: verify `Authorization: Bearer`, guard resolvers, forward the token.
export { createAuthenticator, getRequestAuth, type Authenticator, type RequestAuth } from './request-auth.js';
export { requireViewer, requirePermission, unauthenticatedError, forbiddenError, authMetadata } from './guards.js';
export { INVALID_TOKEN_CHALLENGE } from './send-invalid-token.js';
export { authEnvShape, loadAuthKeys, type AuthKeys, type AuthKeyEnv } from '@shop/node-platform/auth';

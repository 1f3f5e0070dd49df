// Access tokens, verified the same way by every BFF and service, signed by the user service.
export { AuthError, bearerToken, verifyAccessToken, type AuthFailure, type Principal, type TokenAudience } from './access-token.js';
export { ACCESS_TOKEN_ALG, parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';
export { generateKeyPairJwk, signAccessToken, type AccessTokenSubject } from './sign-access-token.js';
export { DEV_KEY_FILES, loadOrCreateDevKeys, type KeyTexts } from './dev-keys.js';
export { authEnvShape, loadAuthKeys, type AuthKeys, type AuthKeyEnv } from './auth-config.js';

// Access tokens, verified the same way by every BFF and service, signed by the user service;
// service tokens, signed by a calling service with its own key and verified by the callee.
export { AuthError, bearerToken, verifyAccessToken, type AuthFailure, type Principal, type TokenAudience } from './access-token.js';
export { ACCESS_TOKEN_ALG, parseSigningKey, parseVerificationKeys, type SigningKey, type VerificationKeys } from './key-set.js';
export { generateKeyPairJwk, signAccessToken, type AccessTokenSubject } from './sign-access-token.js';
export { DEV_KEY_FILES, loadOrCreateDevKeys, type KeyTexts } from './dev-keys.js';
export { authEnvShape, loadAuthKeys, parseKeyVariable, type AuthKeys, type AuthKeyEnv } from './auth-config.js';
export {
  SERVICE_TOKEN_ISSUER,
  SERVICE_TOKEN_TYPE,
  isServiceName,
  isServiceToken,
  serviceAudience,
  serviceOfKid,
  signServiceToken,
  verifyServiceToken,
  type ServicePrincipal,
} from './service-token.js';
export { createServiceTokenSource, type ServiceTokenSource, type ServiceTokenSourceOptions } from './service-token-source.js';
export { serviceAuthEnvShape, loadServiceSigningKey, loadServiceVerificationKeys, type ServiceKeyEnv } from './service-auth-config.js';

// The user service: accounts, credentials, roles and refresh tokens. Its gRPC server comes with
// the accounts issue; the domain rules below are used by it.
export { normaliseEmail, MAX_EMAIL_LENGTH } from './domain/email.js';
export { checkNewPassword, MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH } from './domain/password-policy.js';
export { hashPassword, verifyPassword } from './domain/password-hasher.js';
export { decideRefresh, hashRefreshToken, isWellFormedRefreshToken, issueRefreshToken } from './domain/refresh-token.js';
export { userService } from './service.js';
export { seedAccounts } from './db/seed.js';
export { userMigrationsFolder, schema, type UserDb } from './db/client.js';

export { users, type UserRow } from './users.js';
export { refreshTokens, type RefreshTokenRow } from './refresh-tokens.js';

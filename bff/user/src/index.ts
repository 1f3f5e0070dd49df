// @shop/bff-user: the user sub-app's and the shell's GraphQL BFF (sessions, account, admin users).
export { createUserBff, startUserBff } from './app.js';
export type { RunningUserBff, StartUserBffConfig } from './app.js';
export { userBff } from './bff.js';
export { loadConfig, type UserBffConfig } from './config.js';
export { REFRESH_COOKIE } from './session/refresh-cookie.js';
export { SESSION_HEADER } from './session/session-guard.js';

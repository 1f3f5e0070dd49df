// Sign-up, sign-in, refresh and sign-out: callable without an access token (the refresh token or
// the credentials are the proof).
import type {
  LoginRequest,
  LoginResponse,
  LogoutRequest,
  LogoutResponse,
  RefreshRequest,
  RefreshResponse,
  RegisterRequest,
  RegisterResponse,
} from '@shop/contracts/user/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { Accounts } from '../accounts/accounts.js';
import { toSession } from './wire.js';

/** Register, Login, Refresh and Logout over the account use cases. */
export function sessionHandlers(accounts: Accounts): {
  register: UnaryHandler<RegisterRequest, RegisterResponse>;
  login: UnaryHandler<LoginRequest, LoginResponse>;
  refresh: UnaryHandler<RefreshRequest, RefreshResponse>;
  logout: UnaryHandler<LogoutRequest, LogoutResponse>;
} {
  return {
    register: async (request) => ({ session: toSession(await accounts.register(request)) }),
    login: async (request) => ({ session: toSession(await accounts.login(request)) }),
    refresh: async ({ refreshToken }) => ({ session: toSession(await accounts.refresh(refreshToken)) }),
    logout: async ({ refreshToken }) => {
      await accounts.logout(refreshToken);
      return {};
    },
  };
}

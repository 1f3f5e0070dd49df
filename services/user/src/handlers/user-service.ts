import type { UserServiceServer } from '@shop/contracts/user/v1';
import type { AuthKeys } from '@shop/node-platform/auth';
import { unary, type Logger, type UnaryHandler, type UnaryOptions } from '@shop/services-platform';
import type { Accounts } from '../accounts/accounts.js';
import type { createUserListQuery } from '../db/user-list-query.js';
import type { UserStore } from '../db/user-store.js';
import { accountHandlers } from './account-handlers.js';
import { adminHandlers } from './admin-handlers.js';
import { sessionHandlers } from './session-handlers.js';

/** What the handlers work on. */
export interface UserServiceDeps {
  accounts: Accounts;
  users: UserStore;
  listUsers: ReturnType<typeof createUserListQuery>;
  auth: AuthKeys;
}

/** The grpc-js implementation of UserService; every handler runs behind `options.gate`. */
export function createUserService(deps: UserServiceDeps, logger: Logger, options: UnaryOptions = {}): UserServiceServer {
  const handlers: Record<string, UnaryHandler<never, unknown>> = {
    ...sessionHandlers(deps.accounts),
    ...accountHandlers(deps.accounts, deps.users, deps.auth),
    ...adminHandlers(deps.users, deps.listUsers, deps.auth),
  };
  return Object.fromEntries(
    Object.entries(handlers).map(([name, handler]) => [name, unary(handler, logger, options)]),
  ) as unknown as UserServiceServer;
}

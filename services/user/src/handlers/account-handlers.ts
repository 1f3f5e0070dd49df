// The caller's own account: read, rename, change password. Each needs a valid access token.
import type {
  ChangePasswordRequest,
  ChangePasswordResponse,
  GetUserRequest,
  GetUserResponse,
  UpdateProfileRequest,
  UpdateProfileResponse,
} from '@shop/contracts/user/v1';
import type { AuthKeys } from '@shop/node-platform/auth';
import { notFound, type UnaryHandler, validateUuid } from '@shop/services-platform';
import { principalFrom, requirePermission } from '@shop/services-platform/auth';
import type { Accounts } from '../accounts/accounts.js';
import type { UserStore } from '../db/user-store.js';
import { toSession, toUser } from './wire.js';

/** GetUser, UpdateProfile and ChangePassword, for the verified caller. */
export function accountHandlers(accounts: Accounts, users: UserStore, auth: AuthKeys): {
  getUser: UnaryHandler<GetUserRequest, GetUserResponse>;
  updateProfile: UnaryHandler<UpdateProfileRequest, UpdateProfileResponse>;
  changePassword: UnaryHandler<ChangePasswordRequest, ChangePasswordResponse>;
} {
  return {
    getUser: async ({ id }, ctx) => {
      const caller = requirePermission(await principalFrom(ctx.metadata, auth), 'account:manage-own');
      if (id === '' || id === caller.userId) return { user: toUser(await accounts.getUser(caller.userId)) };
      requirePermission(caller, 'users:manage');
      const user = await users.byId(validateUuid(id));
      if (!user) throw notFound(`user "${id}" not found`, 'id');
      return { user: toUser(user) };
    },
    updateProfile: async (request, ctx) => {
      const caller = requirePermission(await principalFrom(ctx.metadata, auth), 'account:manage-own');
      return { user: toUser(await accounts.updateProfile(caller.userId, request)) };
    },
    changePassword: async (request, ctx) => {
      const caller = requirePermission(await principalFrom(ctx.metadata, auth), 'account:manage-own');
      return { session: toSession(await accounts.changePassword(caller.userId, request)) };
    },
  };
}

// Admin-only calls (users:manage).
import type { SetRoleRequest, SetRoleResponse } from '@shop/contracts/user/v1';
import type { AuthKeys } from '@shop/node-platform/auth';
import type { UnaryHandler } from '@shop/services-platform';
import { principalFrom, requirePermission } from '@shop/services-platform/auth';
import { setRole } from '../accounts/admin.js';
import type { UserStore } from '../db/user-store.js';
import { validateUserId } from '../domain/user-id.js';
import { fromWireRole, toUser } from './wire.js';

/** SetRole for callers with users:manage. */
export function adminHandlers(users: UserStore, auth: AuthKeys): {
  setRole: UnaryHandler<SetRoleRequest, SetRoleResponse>;
} {
  return {
    setRole: async (request, ctx) => {
      const caller = requirePermission(await principalFrom(ctx.metadata, auth), 'users:manage');
      const userId = validateUserId(request.userId, 'user_id');
      return { user: toUser(await setRole(users, caller.userId, userId, fromWireRole(request.role))) };
    },
  };
}

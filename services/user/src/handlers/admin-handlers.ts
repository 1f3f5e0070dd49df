// Admin-only calls (users:manage).
import type { ListUsersRequest, ListUsersResponse, SetRoleRequest, SetRoleResponse } from '@shop/contracts/user/v1';
import type { AuthKeys } from '@shop/node-platform/auth';
import { decodePageToken, encodePageToken, invalidArgument, type UnaryHandler, validateUuid } from '@shop/services-platform';
import { principalFrom, requirePermission } from '@shop/services-platform/auth';
import { setRole } from '../accounts/admin.js';
import type { createUserListQuery } from '../db/user-list-query.js';
import type { UserStore } from '../db/user-store.js';
import { fromWireRole, toUser } from './wire.js';

const MAX_PAGE_SIZE = 100;
const MAX_QUERY_LENGTH = 200;

/** ListUsers and SetRole for callers with users:manage. */
export function adminHandlers(
  users: UserStore,
  listUsers: ReturnType<typeof createUserListQuery>,
  auth: AuthKeys,
): {
  listUsers: UnaryHandler<ListUsersRequest, ListUsersResponse>;
  setRole: UnaryHandler<SetRoleRequest, SetRoleResponse>;
} {
  return {
    listUsers: async (request, ctx) => {
      requirePermission(await principalFrom(ctx.metadata, auth), 'users:manage');
      const { pageSize } = request;
      if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
        throw invalidArgument('page_size', `page_size must be between 1 and ${MAX_PAGE_SIZE}`);
      }
      if (request.query.length > MAX_QUERY_LENGTH) {
        throw invalidArgument('query', `query must be at most ${MAX_QUERY_LENGTH} characters`);
      }
      const query = request.query.trim();
      const cursor = decodePageToken(request.pageToken, [query]);
      const page = await listUsers({ query, cursor, pageSize });
      return {
        users: page.rows.map(toUser),
        nextPageToken: page.next ? encodePageToken(page.next, [query]) : '',
        totalCount: page.totalCount,
      };
    },
    setRole: async (request, ctx) => {
      const caller = requirePermission(await principalFrom(ctx.metadata, auth), 'users:manage');
      const userId = validateUuid(request.userId, 'user_id');
      return { user: toUser(await setRole(users, caller.userId, userId, fromWireRole(request.role))) };
    },
  };
}

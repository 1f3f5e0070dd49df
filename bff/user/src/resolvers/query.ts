import { decodeAfterArg, ErrorCode, pageSizeFor, requirePermission, toConnection } from '@shop/bff-platform';
import { errorCode } from '../grpc/error-code.js';
import type { QueryResolvers } from '../gen/resolvers-types.js';
import { checkFirst, withinLimit } from '../validation/input-limits.js';

/** viewer (null when signed out) and the admin's user list. */
export const queryResolvers: QueryResolvers = {
  viewer: async (_parent, _args, ctx) => {
    if (!ctx.viewer) return null;
    try {
      return await ctx.users.viewer(ctx);
    } catch (error) {
      // An account deleted since the token was issued reads as signed out, not as a failure.
      if (errorCode(error) === ErrorCode.NotFound) return null;
      throw error;
    }
  },
  users: async (_parent, args, ctx) => {
    requirePermission(ctx, 'users:manage');
    const first = checkFirst(args.first);
    const search = withinLimit('search', args.search ?? '');
    const after = decodeAfterArg(args.after && withinLimit('after', args.after));
    const page = await ctx.users.listUsers({ pageSize: pageSizeFor(first, after), pageToken: after?.token ?? '', query: search }, ctx);
    return toConnection({ items: page.users, nextPageToken: page.nextPageToken, totalCount: page.totalCount }, after);
  },
};

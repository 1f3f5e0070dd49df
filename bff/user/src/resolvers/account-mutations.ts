import { requirePermission, requireViewer } from '@shop/bff-platform';
import type { MutationResolvers } from '../gen/resolvers-types.js';
import { checkInput, withinLimit } from '../validation/input-limits.js';
import { signedIn } from './auth-payload.js';
import { toWireRole } from './user.js';

/** updateProfile and changePassword (the caller's own account), setRole (users:manage). */
export const accountMutations: Pick<MutationResolvers, 'updateProfile' | 'changePassword' | 'setRole'> = {
  updateProfile: async (_parent, { input }, ctx) => {
    requireViewer(ctx);
    return ctx.users.updateProfile(withinLimit('displayName', input.displayName), ctx);
  },
  changePassword: async (_parent, { input }, ctx) => {
    // A session mutation: it replaces the refresh cookie (every other session ends).
    ctx.session.assertSessionRequest();
    requireViewer(ctx);
    const session = await ctx.users.changePassword(checkInput(input), ctx);
    return signedIn(session, ctx.session);
  },
  setRole: async (_parent, { userId, role }, ctx) => {
    requirePermission(ctx, 'users:manage');
    return ctx.users.setRole(withinLimit('userId', userId), toWireRole(role), ctx);
  },
};

import { ErrorCode, unauthenticatedError } from '@shop/bff-platform';
import { errorCode } from '../grpc/error-code.js';
import type { MutationResolvers } from '../gen/resolvers-types.js';
import { checkInput } from '../validation/input-limits.js';
import { signedIn } from './auth-payload.js';

const isUnauthenticated = (error: unknown) => errorCode(error) === ErrorCode.Unauthenticated;

/** register, login, refreshSession, logout: each needs X-Shop-Session from an allowed Origin. */
export const sessionMutations: Pick<MutationResolvers, 'register' | 'login' | 'refreshSession' | 'logout'> = {
  register: async (_parent, { input }, ctx) => {
    ctx.session.assertSessionRequest();
    const session = await ctx.users.register(checkInput(input), ctx);
    return signedIn(session, ctx.session);
  },
  login: async (_parent, { input }, ctx) => {
    ctx.session.assertSessionRequest();
    const { email, password } = checkInput(input);
    const address = ctx.session.clientAddress;
    await ctx.loginThrottle.check(email, address);
    try {
      const session = await ctx.users.login({ email, password }, ctx);
      await ctx.loginThrottle.succeeded(email);
      return signedIn(session, ctx.session);
    } catch (error) {
      if (isUnauthenticated(error)) await ctx.loginThrottle.failed(email, address);
      throw error;
    }
  },
  refreshSession: async (_parent, _args, ctx) => {
    ctx.session.assertSessionRequest();
    const refreshToken = ctx.session.refreshToken();
    if (!refreshToken) throw unauthenticatedError('No session to refresh. Sign in again.');
    try {
      return signedIn(await ctx.users.refresh(refreshToken, ctx), ctx.session);
    } catch (error) {
      // The session ended (revoked, expired or reused): drop the dead cookie too.
      if (isUnauthenticated(error)) ctx.session.clear();
      throw error;
    }
  },
  logout: async (_parent, _args, ctx) => {
    ctx.session.assertSessionRequest();
    const refreshToken = ctx.session.refreshToken();
    if (refreshToken) await ctx.users.logout(refreshToken, ctx);
    ctx.session.clear();
    return true;
  },
};

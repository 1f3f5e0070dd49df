// Repeated failed logins per email and per client address answer RATE_LIMITED before the
// service is asked (so guessing costs the attacker, not argon2 on our side). A success forgets
// the email's failures; the address keeps its count until the window ends.
import { createRateLimiter, ErrorCode, graphqlRuntime, type RateLimiter } from '@shop/bff-platform';
import type { GraphQLError } from 'graphql';

/** The two counters of failed logins. */
export interface LoginThrottle {
  /** Throws RATE_LIMITED (HTTP 429, Retry-After, `extensions.retryAfter`) while either is used up. */
  check(email: string, address: string): Promise<void>;
  failed(email: string, address: string): Promise<void>;
  succeeded(email: string): Promise<void>;
  close(): Promise<void>;
}

/** The error of a throttled login (also used by tests to recognise it). */
export function loginThrottledError(retryAfter: number): GraphQLError {
  return new graphqlRuntime.GraphQLError('Too many failed sign-in attempts. Please wait before trying again.', {
    extensions: { code: ErrorCode.RateLimited, retryAfter, http: { status: 429, headers: { 'retry-after': String(retryAfter) } } },
  });
}

const emailKey = (email: string) => email.trim().toLowerCase();

/** Failed logins allowed per window before RATE_LIMITED (per email and per client address). */
export interface LoginThrottleConfig {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

/** Creates the throttle (memory, or Redis when `redisUrl` is set, like the general limit). */
export function createLoginThrottle(config: LoginThrottleConfig, redisUrl?: string): LoginThrottle {
  const window = { durationSeconds: config.windowSeconds, redisUrl };
  const byEmail: RateLimiter = createRateLimiter({ ...window, points: config.perEmail, keyPrefix: 'bff-user:login-email' });
  const byAddress: RateLimiter = createRateLimiter({ ...window, points: config.perAddress, keyPrefix: 'bff-user:login-address' });
  return {
    async check(email, address) {
      const [a, b] = await Promise.all([byEmail.blockedFor(emailKey(email)), byAddress.blockedFor(address)]);
      const wait = Math.max(a, b);
      if (wait > 0) throw loginThrottledError(wait);
    },
    async failed(email, address) {
      await Promise.all([byEmail.take(emailKey(email)), byAddress.take(address)]);
    },
    succeeded: (email) => byEmail.reset(emailKey(email)),
    async close() {
      await Promise.all([byEmail.close(), byAddress.close()]);
    },
  };
}

import { z } from 'zod';
import type { RateLimitOptions } from './rate-limit.js';

/** The general limit's variables, as a zod shape to spread into a BFF's env schema. */
export const rateLimitEnvShape = {
  /** Requests per client address per window; 0 turns the general limit off (benchmarks). */
  RATE_LIMIT_POINTS: z.coerce.number().int().min(0).max(1_000_000).default(600),
  RATE_LIMIT_WINDOW_S: z.coerce.number().int().min(1).max(86_400).default(60),
  /** Shared counters for several instances (redis:// or rediss://); unset = in memory. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
};

/** The general per-client limit from parsed env (undefined when RATE_LIMIT_POINTS=0). */
export function generalRateLimit(
  env: { RATE_LIMIT_POINTS: number; RATE_LIMIT_WINDOW_S: number; REDIS_URL?: string | undefined },
  name: string,
): RateLimitOptions | undefined {
  if (env.RATE_LIMIT_POINTS === 0) return undefined;
  return {
    points: env.RATE_LIMIT_POINTS,
    durationSeconds: env.RATE_LIMIT_WINDOW_S,
    keyPrefix: `${name}:client`,
    redisUrl: env.REDIS_URL,
  };
}

// Request limits backed by rate-limiter-flexible: in memory for one instance, Redis (REDIS_URL)
// when several instances must share counters. The same library backs the general per-client
// limit and the user BFF's login throttling.
import { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A fixed window of `points` per `durationSeconds` per key. */
export interface RateLimitOptions {
  points: number;
  durationSeconds: number;
  /** Distinguishes limiters sharing one store (e.g. `bff-user:login-email`). */
  keyPrefix: string;
  /** redis:// URL: counters shared by every instance. Unset: this process's memory. */
  redisUrl?: string;
}

/** A limiter as the BFF uses it; every answer is the seconds to wait (0 = allowed). */
export interface RateLimiter {
  /** Takes one point for `key`; > 0 when that went over the limit. */
  take(key: string): Promise<number>;
  /** Seconds until `key` may try again, without taking a point (0 = allowed). */
  blockedFor(key: string): Promise<number>;
  /** Forgets `key`'s count (e.g. a successful login). */
  reset(key: string): Promise<void>;
  /** Resolves once the store answers (Redis connected; at once in memory). */
  ready(): Promise<void>;
  close(): Promise<void>;
}

const redisClients = new Map<string, { redis: Redis; users: number }>();

function sharedRedis(url: string): Redis {
  const entry = redisClients.get(url);
  if (entry) {
    entry.users++;
    return entry.redis;
  }
  // No offline queue: while Redis is away, calls fail at once and the in-memory insurance
  // limiter answers (a Redis outage neither blocks nor unlimits requests).
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000 });
  redis.on('error', () => undefined);
  redisClients.set(url, { redis, users: 1 });
  return redis;
}

async function releaseRedis(url: string): Promise<void> {
  const entry = redisClients.get(url);
  if (!entry || --entry.users > 0) return;
  redisClients.delete(url);
  await entry.redis.quit().catch(() => entry.redis.disconnect());
}

const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Creates a limiter (memory, or Redis with a memory fallback when `redisUrl` is set). */
export function createRateLimiter(options: RateLimitOptions): RateLimiter {
  const base = { points: options.points, duration: options.durationSeconds, keyPrefix: options.keyPrefix };
  const memory = new RateLimiterMemory(base);
  const limiter: RateLimiterAbstract = options.redisUrl
    ? new RateLimiterRedis({ ...base, storeClient: sharedRedis(options.redisUrl), rejectIfRedisNotReady: true, insuranceLimiter: memory })
    : memory;
  return {
    async take(key) {
      try {
        await limiter.consume(key);
        return 0;
      } catch (rejection) {
        if (rejection instanceof RateLimiterRes) return seconds(rejection.msBeforeNext);
        throw rejection;
      }
    },
    async blockedFor(key) {
      const state = await limiter.get(key);
      return state && state.consumedPoints >= options.points ? seconds(state.msBeforeNext) : 0;
    },
    async reset(key) {
      await limiter.delete(key);
    },
    async ready() {
      if (!options.redisUrl) return;
      const redis = sharedRedis(options.redisUrl);
      try {
        if (redis.status !== 'ready') await new Promise((resolve) => redis.once('ready', resolve));
      } finally {
        await releaseRedis(options.redisUrl);
      }
    },
    close: () => (options.redisUrl ? releaseRedis(options.redisUrl) : Promise.resolve()),
  };
}

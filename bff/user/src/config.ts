import {
  authEnvShape,
  bindHost,
  corsOriginsVar,
  loadConfig as validateEnv,
  logLevel,
  nodeEnv,
  optionalUrlVar,
  port,
  generalRateLimit,
  rateLimitEnvShape,
  type RateLimitOptions,
  serviceAddrVar,
  trustProxyVar,
} from '@shop/bff-platform';
import type { AuthKeyEnv } from '@shop/node-platform/auth';
import { z } from 'zod';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

const schema = z.object({
  PORT: port(4001),
  HOST: bindHost(),
  USER_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50051'),
  CORS_ORIGINS: corsOriginsVar('http://localhost:4200,http://localhost:4201'),
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  PUBLIC_URL: optionalUrlVar,
  TRUST_PROXY: trustProxyVar,
  GRAPHQL_FAST_PATH: z.enum(['0', '1', 'true', 'false']).default('1'),
  LOGIN_MAX_FAILURES_PER_EMAIL: count(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: count(20),
  LOGIN_FAILURE_WINDOW_S: count(900),
  ...rateLimitEnvShape,
  ...authEnvShape,
});

/** Failed logins allowed per window before RATE_LIMITED (per email and per client address). */
export interface LoginThrottleConfig {
  perEmail: number;
  perAddress: number;
  windowSeconds: number;
}

/** Validated configuration of the user BFF. */
export interface UserBffConfig {
  port: number;
  host: string;
  userServiceAddr: string;
  corsOrigins: string[];
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  /** This BFF's public origin: decides the cookie's Secure flag (unset: the request's origin). */
  publicUrl?: string;
  trustProxy: boolean;
  fastPath: boolean;
  loginThrottle: LoginThrottleConfig;
  /** Shared limiter store for several instances (REDIS_URL); unset = memory. */
  redisUrl?: string;
  /** General per-client limit (unset when RATE_LIMIT_POINTS=0); REDIS_URL shares it and the login throttle. */
  rateLimit?: RateLimitOptions;
  /** Token verification variables, read by loadAuthKeys at start. */
  authEnv: AuthKeyEnv;
}

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): UserBffConfig {
  const parsed = validateEnv(schema, env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    userServiceAddr: parsed.USER_SERVICE_ADDR,
    corsOrigins: parsed.CORS_ORIGINS,
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    publicUrl: parsed.PUBLIC_URL,
    trustProxy: parsed.TRUST_PROXY,
    fastPath: parsed.GRAPHQL_FAST_PATH === '1' || parsed.GRAPHQL_FAST_PATH === 'true',
    loginThrottle: {
      perEmail: parsed.LOGIN_MAX_FAILURES_PER_EMAIL,
      perAddress: parsed.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: parsed.LOGIN_FAILURE_WINDOW_S,
    },
    rateLimit: generalRateLimit(parsed, 'bff-user'),
    redisUrl: parsed.REDIS_URL,
    authEnv: {
      AUTH_VERIFICATION_KEYS: parsed.AUTH_VERIFICATION_KEYS,
      AUTH_ISSUER: parsed.AUTH_ISSUER,
      AUTH_AUDIENCE: parsed.AUTH_AUDIENCE,
      AUTH_DEV_KEYS_DIR: parsed.AUTH_DEV_KEYS_DIR,
      NODE_ENV: parsed.NODE_ENV,
    },
  };
}

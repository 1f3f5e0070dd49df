// One config builder for every BFF: the shared variables (PORT, HOST, CORS_ORIGINS, NODE_ENV,
// LOG_LEVEL, PUBLIC_URL, TRUST_PROXY, GRAPHQL_FAST_PATH) plus the declaration's own.
import { z } from 'zod';
import { bindHost, loadConfig, logLevel, nodeEnv, port, type Env } from '@shop/node-platform';
import { authEnvShape, type AuthKeyEnv, type AuthKeys } from '@shop/node-platform/auth';
import { corsOriginsVar, optionalUrlVar, requirePublicOriginInProduction, trustProxyVar } from '../config/env.js';
import { generalRateLimit, rateLimitEnvShape } from '../http/rate-limit-env.js';
import type { RateLimitOptions } from '../http/rate-limit.js';
import type { BffDeclaration } from './bff-declaration.js';

/** The shared part of every BFF's validated configuration. */
export interface BffConfig {
  /** Listening port; 0 picks a free one. */
  port: number;
  host: string;
  corsOrigins: string[];
  nodeEnv: 'development' | 'test' | 'production';
  /** Unset: LOG_LEVEL from the process env, else info (silent under vitest). */
  logLevel?: string;
  /**
   * Public origin of absolute URLs. Unset: the proxy's X-Forwarded-Host/-Proto (TRUST_PROXY
   * only), else the address and port the BFF accepted the connection on. Required in
   * production unless TRUST_PROXY is set.
   */
  publicUrl?: string;
  /** Trust X-Forwarded-Host/-Proto and Host (set only behind a proxy that overwrites them). */
  trustProxy: boolean;
  /** Kill switch for the platform's GraphQL fast path (GRAPHQL_FAST_PATH=0 → yoga only). */
  fastPath: boolean;
  /** Verification keys, when already loaded (tests); else `authEnv` is loaded at start. */
  auth?: AuthKeys;
  /** The AUTH_* variables (and NODE_ENV) `startBff` loads the keys from; none = no keys. */
  authEnv?: AuthKeyEnv;
  /** The general per-client limit; unset = none (in-process starts), from env otherwise. */
  rateLimit?: RateLimitOptions;
  /** REDIS_URL: shared limiter counters for several instances; unset = in memory. */
  redisUrl?: string;
}

/** The part of a declaration its config depends on. */
export type BffIdentity<TEnvShape extends z.ZodRawShape, TOwn extends object> = Pick<
  BffDeclaration<TEnvShape, TOwn, never>,
  'name' | 'port' | 'corsOrigins' | 'env' | 'settings'
>;

/** The zod schema of a BFF's whole environment (shared variables + the declaration's). */
export function bffEnvSchema<TEnvShape extends z.ZodRawShape>(declaration: Pick<BffIdentity<TEnvShape, object>, 'port' | 'corsOrigins' | 'env'>) {
  return z
    .object({
      PORT: port(declaration.port),
      HOST: bindHost(),
      CORS_ORIGINS: corsOriginsVar(declaration.corsOrigins.join(',')),
      NODE_ENV: nodeEnv,
      LOG_LEVEL: logLevel,
      PUBLIC_URL: optionalUrlVar,
      TRUST_PROXY: trustProxyVar,
      GRAPHQL_FAST_PATH: z.enum(['0', '1', 'true', 'false']).default('1'),
      ...authEnvShape,
      ...rateLimitEnvShape,
      ...declaration.env,
    })
    .superRefine((value, ctx) => requirePublicOriginInProduction(value as Parameters<typeof requirePublicOriginInProduction>[0], ctx));
}

/** Reads and validates a BFF's config from env; throws ConfigError naming the bad variable. */
export function loadBffConfig<TEnvShape extends z.ZodRawShape, TOwn extends object>(
  declaration: BffIdentity<TEnvShape, TOwn>,
  env: Env = process.env,
): BffConfig & TOwn {
  const parsed = loadConfig(bffEnvSchema(declaration), env) as unknown as Record<string, unknown>;
  const shared: BffConfig = {
    port: parsed['PORT'] as number,
    host: parsed['HOST'] as string,
    corsOrigins: parsed['CORS_ORIGINS'] as string[],
    nodeEnv: parsed['NODE_ENV'] as BffConfig['nodeEnv'],
    logLevel: parsed['LOG_LEVEL'] as string,
    publicUrl: parsed['PUBLIC_URL'] as string | undefined,
    trustProxy: parsed['TRUST_PROXY'] as boolean,
    fastPath: parsed['GRAPHQL_FAST_PATH'] === '1' || parsed['GRAPHQL_FAST_PATH'] === 'true',
    authEnv: {
      ...(Object.fromEntries(Object.keys(authEnvShape).map((key) => [key, parsed[key]])) as AuthKeyEnv),
      NODE_ENV: parsed['NODE_ENV'] as string,
    },
    rateLimit: generalRateLimit(parsed as Parameters<typeof generalRateLimit>[0], `bff-${declaration.name}`),
    redisUrl: parsed['REDIS_URL'] as string | undefined,
  };
  return { ...shared, ...declaration.settings(parsed as z.output<z.ZodObject<TEnvShape>>) };
}

/**
 * Config for an in-process start (tests, e2e, bench): the declaration's own settings, the
 * rest optional — port 0, host 127.0.0.1, the declared CORS origins, NODE_ENV production,
 * the logger's default level, fast path on, no public URL, no trusted proxy.
 */
export type BffStartConfig<TOwn extends object> = TOwn & Partial<BffConfig>;

/** Completes an in-process config with the defaults above. */
export function resolveBffConfig<TOwn extends object>(
  declaration: Pick<BffIdentity<z.ZodRawShape, TOwn>, 'corsOrigins'>,
  config: BffStartConfig<TOwn>,
): BffConfig & TOwn {
  return {
    port: 0,
    host: '127.0.0.1',
    corsOrigins: [...declaration.corsOrigins],
    nodeEnv: 'production',
    trustProxy: false,
    fastPath: true,
    ...config,
  } as BffConfig & TOwn;
}

import {
  bindHost,
  corsOriginsVar,
  loadConfig as validateEnv,
  logLevel,
  nodeEnv,
  optionalUrlVar,
  port,
  requirePublicOriginInProduction,
  serviceAddrVar,
  trustProxyVar,
  authEnvShape,
  rateLimitEnvShape,
  generalRateLimit,
  type AuthKeyEnv,
  type RateLimitOptions,
} from '@shop/bff-platform';
import { z } from 'zod';

const schema = z.object({
  PORT: port(4002),
  HOST: bindHost(),
  CATALOG_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50052'),
  CORS_ORIGINS: corsOriginsVar('http://localhost:4200,http://localhost:4202'),
  NODE_ENV: nodeEnv,
  LOG_LEVEL: logLevel,
  PUBLIC_URL: optionalUrlVar,
  TRUST_PROXY: trustProxyVar,
  GRAPHQL_FAST_PATH: z.enum(['0', '1', 'true', 'false']).default('1'),
  ...authEnvShape,
  ...rateLimitEnvShape,
}).superRefine(requirePublicOriginInProduction);

/** Validated configuration of the catalog BFF. */
export interface CatalogBffConfig {
  port: number;
  host: string;
  catalogServiceAddr: string;
  corsOrigins: string[];
  nodeEnv: 'development' | 'test' | 'production';
  logLevel: string;
  /**
   * Base of absolute image URLs. Unset: the proxy's X-Forwarded-Host/-Proto (TRUST_PROXY only),
   * else the address and port the BFF accepted the connection on. Required in production
   * unless TRUST_PROXY is set.
   */
  publicUrl?: string;
  /** Trust X-Forwarded-Host/-Proto and Host (set only behind a proxy that overwrites them). */
  trustProxy: boolean;
  /** Kill switch for the platform's GraphQL fast path (GRAPHQL_FAST_PATH=0 → yoga only). */
  fastPath: boolean;
  /** Token verification variables (loadAuthKeys at start) and the general per-client limit. */
  authEnv?: AuthKeyEnv;
  rateLimit?: RateLimitOptions;
}

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): CatalogBffConfig {
  const parsed = validateEnv(schema, env);
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    catalogServiceAddr: parsed.CATALOG_SERVICE_ADDR,
    corsOrigins: parsed.CORS_ORIGINS,
    nodeEnv: parsed.NODE_ENV,
    logLevel: parsed.LOG_LEVEL,
    publicUrl: parsed.PUBLIC_URL,
    trustProxy: parsed.TRUST_PROXY,
    fastPath: parsed.GRAPHQL_FAST_PATH === '1' || parsed.GRAPHQL_FAST_PATH === 'true',
    authEnv: { ...parsed, NODE_ENV: parsed.NODE_ENV },
    rateLimit: generalRateLimit(parsed, 'bff-catalog'),
  };
}

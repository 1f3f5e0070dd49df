import { z } from 'zod';
import { bindHost } from '@shop/node-platform';

function wholeNumber(name: string, max: number) {
  const message = `expected ${name} as a whole number 1..${max}`;
  return z.coerce.number({ error: message }).int({ error: message }).min(1, { error: message }).max(max, { error: message });
}

function positiveInt(name: string, defaultValue: number, max: number) {
  return wholeNumber(name, max).default(defaultValue);
}

/** Database work allowed to wait beyond the pool's connections before RESOURCE_EXHAUSTED. */
export const defaultDbQueueMax = 200;

/**
 * Env variables every gRPC service shares (spread into its zod object schema). Defaults are
 * the safe ones: loopback binds, bounded database waits and statement times.
 */
export const serviceEnvShape = {
  GRPC_HOST: bindHost(),
  ADMIN_HOST: bindHost(),
  METRICS_TOKEN: z.string().min(16, { error: 'expected at least 16 characters' }).optional(),
  DB_POOL_MAX: positiveInt('connections', 10, 1000),
  DB_QUEUE_MAX: z.coerce
    .number({ error: 'expected a whole number 0..100000' })
    .int({ error: 'expected a whole number 0..100000' })
    .min(0, { error: 'expected a whole number 0..100000' })
    .max(100_000, { error: 'expected a whole number 0..100000' })
    .default(defaultDbQueueMax),
  DB_STATEMENT_TIMEOUT_MS: positiveInt('milliseconds', 5000, 3_600_000),
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInt('milliseconds', 10_000, 3_600_000),
  DB_CONNECT_TIMEOUT_MS: positiveInt('milliseconds', 5000, 600_000),
  GRPC_MAX_CONNECTION_AGE_MS: wholeNumber('milliseconds', 86_400_000).optional(),
};

/** Pool settings of `connectDatabase` (all optional there; these are the env-driven values). */
export interface DatabasePoolSettings {
  /** Connections in the pool. */
  max: number;
  /** Requests allowed to wait beyond `max` before RESOURCE_EXHAUSTED. */
  maxWaiting: number;
  statementTimeoutMs: number;
  idleInTransactionTimeoutMs: number;
  connectTimeoutMs: number;
}

/** The shared part of a service's runtime config. */
export interface ServiceRuntimeConfig {
  grpcHost: string;
  adminHost: string;
  /** Bearer token /metrics requires; unset = /metrics open to whoever reaches ADMIN_HOST. */
  metricsToken?: string;
  pool: DatabasePoolSettings;
  /** Sets grpc.max_connection_age_ms (clients reconnect, e.g. to spread over new replicas). */
  grpcMaxConnectionAgeMs?: number;
}

type ParsedServiceEnv = z.output<z.ZodObject<typeof serviceEnvShape>>;

/** Maps the parsed shared variables to the runtime config. */
export function serviceRuntimeConfig(env: ParsedServiceEnv): ServiceRuntimeConfig {
  return {
    grpcHost: env.GRPC_HOST,
    adminHost: env.ADMIN_HOST,
    ...(env.METRICS_TOKEN ? { metricsToken: env.METRICS_TOKEN } : {}),
    pool: {
      max: env.DB_POOL_MAX,
      maxWaiting: env.DB_QUEUE_MAX,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
      idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
    },
    ...(env.GRPC_MAX_CONNECTION_AGE_MS ? { grpcMaxConnectionAgeMs: env.GRPC_MAX_CONNECTION_AGE_MS } : {}),
  };
}

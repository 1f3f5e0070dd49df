import { loadConfig } from '@shop/node-platform';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { serviceEnvShape, serviceRuntimeConfig } from './service-env.js';

const schema = z.object(serviceEnvShape);
const load = (env: Record<string, string | undefined>) => serviceRuntimeConfig(loadConfig(schema, env));

describe('serviceEnvShape', () => {
  it('defaults to loopback binds, open metrics and bounded database waits', () => {
    expect(load({})).toEqual({
      grpcHost: '127.0.0.1',
      adminHost: '127.0.0.1',
      pool: { max: 10, maxWaiting: 200, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 10_000, connectTimeoutMs: 5000 },
    });
  });

  it('reads every variable', () => {
    expect(
      load({
        GRPC_HOST: '0.0.0.0',
        ADMIN_HOST: '10.0.0.5',
        METRICS_TOKEN: 'a-long-enough-token',
        DB_POOL_MAX: '4',
        DB_QUEUE_MAX: '0',
        DB_STATEMENT_TIMEOUT_MS: '1500',
        DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: '3000',
        DB_CONNECT_TIMEOUT_MS: '2000',
        GRPC_MAX_CONNECTION_AGE_MS: '600000',
      }),
    ).toEqual({
      grpcHost: '0.0.0.0',
      adminHost: '10.0.0.5',
      metricsToken: 'a-long-enough-token',
      pool: { max: 4, maxWaiting: 0, statementTimeoutMs: 1500, idleInTransactionTimeoutMs: 3000, connectTimeoutMs: 2000 },
      grpcMaxConnectionAgeMs: 600_000,
    });
  });

  it('names each bad variable', () => {
    const message = (() => {
      try {
        load({ GRPC_HOST: 'example.com', METRICS_TOKEN: 'short', DB_POOL_MAX: '0', DB_STATEMENT_TIMEOUT_MS: 'soon' });
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    for (const name of ['GRPC_HOST', 'METRICS_TOKEN', 'DB_POOL_MAX', 'DB_STATEMENT_TIMEOUT_MS']) expect(message).toContain(`${name}:`);
  });
});

import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '@shop/node-platform';
import { loadServiceConfig } from './service-config.js';

// A declaration's config part: name (database shop_toy, TOY_DATABASE_URL), ports, own env.
const toy = { name: 'toy', ports: { grpc: 50052, admin: 9052 }, env: { TOY_LIMIT: z.coerce.number().int().default(3) } };
const loadToyConfig = (env: Record<string, string>) => loadServiceConfig(toy, env);

describe('service config', () => {
  it('defaults ports and derives shop_toy on the DATABASE_URL server', () => {
    expect(loadToyConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' })).toEqual({
      grpcPort: 50052,
      adminPort: 9052,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/shop_toy',
      seed: false,
      logLevel: 'info',
      nodeEnv: 'production',
      grpcHost: '127.0.0.1',
      adminHost: '127.0.0.1',
      pool: { max: 10, maxWaiting: 200, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 10_000, connectTimeoutMs: 5000 },
      env: { TOY_LIMIT: 3 },
    });
    expect(loadToyConfig({ DATABASE_URL: 'postgres://h', TOY_LIMIT: '9' }).env).toEqual({ TOY_LIMIT: 9 });
  });

  it('reads bind hosts, the metrics token and pool limits (containers set the hosts to 0.0.0.0)', () => {
    const config = loadToyConfig({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432',
      GRPC_HOST: '0.0.0.0',
      ADMIN_HOST: '0.0.0.0',
      METRICS_TOKEN: 'metrics-token-0123456789',
      DB_STATEMENT_TIMEOUT_MS: '2500',
      DB_POOL_MAX: '3',
      DB_QUEUE_MAX: '7',
    });
    expect(config).toMatchObject({
      grpcHost: '0.0.0.0',
      adminHost: '0.0.0.0',
      metricsToken: 'metrics-token-0123456789',
      pool: { max: 3, maxWaiting: 7, statementTimeoutMs: 2500 },
    });
  });

  it('lets TOY_DATABASE_URL win', () => {
    const config = loadToyConfig({
      DATABASE_URL: 'postgres://a@h:1',
      TOY_DATABASE_URL: 'postgres://b@k:2/elsewhere',
      SEED: 'true',
      GRPC_PORT: '0',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://b@k:2/elsewhere', seed: true, grpcPort: 0 });
  });

  it('names the missing database variables and every other bad one', () => {
    expect(() => loadToyConfig({})).toThrow(ConfigError);
    expect(() => loadToyConfig({})).toThrow(/DATABASE_URL: set DATABASE_URL .* or TOY_DATABASE_URL/);
    expect(() => loadToyConfig({ DATABASE_URL: 'postgres://h', ADMIN_PORT: 'x' })).toThrow(
      'Invalid configuration: ADMIN_PORT: expected a port number 0..65535',
    );
    expect(() => loadToyConfig({ TOY_DATABASE_URL: 'postgres://h:1' })).toThrow(
      'TOY_DATABASE_URL: must include a database name',
    );
    expect(() => loadToyConfig({ DATABASE_URL: 'postgres://h', TOY_LIMIT: 'many' })).toThrow(/TOY_LIMIT/);
  });
});

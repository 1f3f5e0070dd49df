import { describe, expect, it } from 'vitest';
import { ConfigError } from '@shop/services-platform';
import { loadCatalogConfig } from './config.js';

describe('catalog config', () => {
  it('defaults ports and derives shop_catalog on the DATABASE_URL server', () => {
    expect(loadCatalogConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' })).toEqual({
      grpcPort: 50052,
      adminPort: 9052,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/shop_catalog',
      seed: false,
      logLevel: 'info',
      nodeEnv: 'production',
      grpcHost: '127.0.0.1',
      adminHost: '127.0.0.1',
      pool: { max: 10, maxWaiting: 200, statementTimeoutMs: 5000, idleInTransactionTimeoutMs: 10_000, connectTimeoutMs: 5000 },
    });
  });

  it('reads bind hosts, the metrics token and pool limits (containers set the hosts to 0.0.0.0)', () => {
    const config = loadCatalogConfig({
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

  it('lets CATALOG_DATABASE_URL win', () => {
    const config = loadCatalogConfig({
      DATABASE_URL: 'postgres://a@h:1',
      CATALOG_DATABASE_URL: 'postgres://b@k:2/elsewhere',
      SEED: 'true',
      GRPC_PORT: '0',
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://b@k:2/elsewhere', seed: true, grpcPort: 0 });
  });

  it('names the missing database variables and every other bad one', () => {
    expect(() => loadCatalogConfig({})).toThrow(ConfigError);
    expect(() => loadCatalogConfig({})).toThrow(/DATABASE_URL: set DATABASE_URL .* or CATALOG_DATABASE_URL/);
    expect(() => loadCatalogConfig({ DATABASE_URL: 'postgres://h', ADMIN_PORT: 'x' })).toThrow(
      'Invalid configuration: ADMIN_PORT: expected a port number 0..65535',
    );
    expect(() => loadCatalogConfig({ CATALOG_DATABASE_URL: 'postgres://h:1' })).toThrow(
      'CATALOG_DATABASE_URL: must include a database name',
    );
  });
});

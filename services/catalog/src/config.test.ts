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

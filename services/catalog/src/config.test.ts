import { describe, expect, it } from 'vitest';
import { loadCatalogConfig } from './config.js';

describe('catalog config', () => {
  it('uses database shop_catalog, CATALOG_DATABASE_URL and the catalog ports', () => {
    expect(loadCatalogConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' })).toMatchObject({
      grpcPort: 50052,
      adminPort: 9052,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/shop_catalog',
    });
    expect(loadCatalogConfig({ CATALOG_DATABASE_URL: 'postgres://b@k:2/elsewhere' }).databaseUrl).toBe('postgres://b@k:2/elsewhere');
    expect(() => loadCatalogConfig({})).toThrow(/or CATALOG_DATABASE_URL/);
  });
});

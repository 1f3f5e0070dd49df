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

  it('reads RESERVATION_TTL in seconds (default 30 min, 60 s .. 7 days)', () => {
    const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432' };
    expect(loadCatalogConfig(base).env).toMatchObject({ RESERVATION_TTL: 1800 });
    expect(loadCatalogConfig({ ...base, RESERVATION_TTL: '3600' }).env).toMatchObject({ RESERVATION_TTL: 3600 });
    for (const bad of ['59', '604801', '1.5', 'soon']) expect(() => loadCatalogConfig({ ...base, RESERVATION_TTL: bad })).toThrow(/RESERVATION_TTL/);
  });
});

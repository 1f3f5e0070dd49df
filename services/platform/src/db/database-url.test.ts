import { describe, expect, it } from 'vitest';
import { redactUrl, resolveDatabaseLocation, splitDatabaseUrl, withDatabase } from './database-url.js';

describe('database URLs', () => {
  it('prefers <DOMAIN>_DATABASE_URL over DATABASE_URL + shop_<domain>', () => {
    expect(
      resolveDatabaseLocation('catalog', {
        DATABASE_URL: 'postgres://a@h1:5432',
        CATALOG_DATABASE_URL: 'postgres://b@h2:6543/catalog_db',
      }),
    ).toEqual({ serverUrl: 'postgres://b@h2:6543', database: 'catalog_db' });
    expect(resolveDatabaseLocation('catalog', { DATABASE_URL: 'postgres://a@h1:5432' })).toEqual({
      serverUrl: 'postgres://a@h1:5432',
      database: 'shop_catalog',
    });
  });

  it('ignores a database path on DATABASE_URL and returns undefined when nothing is set', () => {
    expect(resolveDatabaseLocation('order', { DATABASE_URL: 'postgres://a@h:1/postgres' })).toEqual({
      serverUrl: 'postgres://a@h:1',
      database: 'shop_order',
    });
    expect(resolveDatabaseLocation('order', {})).toBeUndefined();
  });

  it('swaps the database of a URL and keeps the query string', () => {
    expect(withDatabase('postgres://u:p@h:1/old?sslmode=disable', 'new')).toBe('postgres://u:p@h:1/new?sslmode=disable');
    expect(splitDatabaseUrl('postgres://u@h:1/shop_x')).toEqual({ serverUrl: 'postgres://u@h:1', database: 'shop_x' });
    expect(() => splitDatabaseUrl('postgres://u@h:1')).toThrow(/no database name/);
  });

  it('redacts passwords', () => {
    expect(redactUrl('postgres://u:secret@h:1/db')).toBe('postgres://u:***@h:1/db');
    expect(redactUrl('::')).toBe('<unparseable url>');
  });
});

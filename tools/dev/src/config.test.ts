import { describe, expect, it } from 'vitest';
import { readDevConfig } from './config.js';

describe('readDevConfig', () => {
  it('uses the DESIGN.md ports by default', () => {
    const result = readDevConfig({});
    expect('config' in result && result.config.SHELL_PORT).toBe(4200);
    expect('config' in result && result.config.CATALOG_GRPC_PORT).toBe(50052);
  });

  it('reads SHOP_SKIP as a list of project names', () => {
    const result = readDevConfig({ SHOP_SKIP: 'apps-catalog, shell' });
    expect('config' in result && result.config.SHOP_SKIP).toEqual(['apps-catalog', 'shell']);
  });

  it('names every bad variable', () => {
    const result = readDevConfig({ SHELL_PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect('error' in result && result.error).toMatch(/SHELL_PORT/);
    expect('error' in result && result.error).toMatch(/DATABASE_URL/);
  });
});

import { describe, expect, it } from 'vitest';
import { readDevConfig } from './config.js';

describe('readDevConfig', () => {
  it('uses the DESIGN.md ports by default', () => {
    const config = readDevConfig({});
    expect(config.SHELL_PORT).toBe(4200);
    expect(config.ports.CATALOG_GRPC_PORT).toBe(50052);
    expect(config.ports.USER_ADMIN_PORT).toBe(9051);
    expect(readDevConfig({ CATALOG_BFF_PORT: '5002' }).ports.CATALOG_BFF_PORT).toBe(5002);
  });

  it('reads SHOP_SKIP as a list of project names', () => {
    expect(readDevConfig({ SHOP_SKIP: 'apps-catalog, shell' }).SHOP_SKIP).toEqual(['apps-catalog', 'shell']);
  });

  it('names every bad variable', () => {
    expect(() => readDevConfig({ SHELL_PORT: 'eighty', DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: .*SHELL_PORT: /);
    expect(() => readDevConfig({ SHELL_PORT: '0' })).toThrow(/SHELL_PORT: expected a port number 1..65535/);
  });
});

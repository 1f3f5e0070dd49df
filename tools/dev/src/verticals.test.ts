import { describe, expect, it } from 'vitest';
import { readDevConfig } from './config.js';
import { localManifest } from './manifest.js';
import { shopProcesses } from './processes.js';
import { portDefaults, webProjects, type Vertical } from './verticals.js';

// A registry with one more vertical: everything downstream follows from the declaration alone.
const demo: Vertical[] = [
  { name: 'user', service: { grpcPort: 50051, adminPort: 9051 }, bff: { port: 4001, calls: ['user'] }, app: { port: 4201, baseroute: '/account', nav: { label: 'Account', path: '/account' } } },
  { name: 'catalog', service: { grpcPort: 50052, adminPort: 9052 }, bff: { port: 4002, calls: ['catalog', 'order'] }, app: { port: 4202, baseroute: '/catalog' } },
  { name: 'order', service: { grpcPort: 50053, adminPort: 9053, calls: ['catalog'] } },
];

describe('the vertical registry', () => {
  const ports = portDefaults(demo);
  const config = { ...readDevConfig({}), ports, SHELL_PORT: 4200 };
  const processes = shopProcesses(config, { databaseUrl: 'postgres://db', manifestPath: '/m.json', keysDir: '/keys' }, demo);

  it('derives every port variable with its DESIGN.md default', () => {
    expect(ports).toEqual({
      SHELL_PORT: 4200,
      USER_GRPC_PORT: 50051, USER_ADMIN_PORT: 9051, USER_BFF_PORT: 4001, USER_APP_PORT: 4201,
      CATALOG_GRPC_PORT: 50052, CATALOG_ADMIN_PORT: 9052, CATALOG_BFF_PORT: 4002, CATALOG_APP_PORT: 4202,
      ORDER_GRPC_PORT: 50053, ORDER_ADMIN_PORT: 9053,
    });
  });

  it('starts services, then BFFs, then sub-apps, then the shell, each wired to the others', () => {
    expect(processes.map((p) => p.name)).toEqual([
      'services-user', 'services-catalog', 'services-order', 'bff-user', 'bff-catalog', 'apps-user', 'apps-catalog', 'shell',
    ]);
    // A service that calls others gets their addresses too.
    expect(processes.find((p) => p.name === 'services-order')!.env).toMatchObject({ CATALOG_SERVICE_ADDR: '127.0.0.1:50052', GRPC_PORT: '50053' });
    expect(processes.find((p) => p.name === 'services-catalog')!.env).not.toHaveProperty('ORDER_SERVICE_ADDR');
    const catalogBff = processes.find((p) => p.name === 'bff-catalog')!;
    expect(catalogBff.entry).toBe('bff/catalog/src/main.ts');
    expect(catalogBff.env).toMatchObject({
      PORT: '4002',
      CATALOG_SERVICE_ADDR: '127.0.0.1:50052',
      ORDER_SERVICE_ADDR: '127.0.0.1:50053',
      CORS_ORIGINS: 'http://localhost:4200,http://localhost:4202',
      AUTH_DEV_KEYS_DIR: '/keys',
    });
    expect(processes.find((p) => p.name === 'services-order')).toMatchObject({
      env: { GRPC_PORT: '50053', ADMIN_PORT: '9053', DATABASE_URL: 'postgres://db', SEED: 'true', SERVICE_DEV_KEYS_DIR: '/service-keys' },
      readyUrl: 'http://localhost:9053/readyz',
    });
    expect(processes.find((p) => p.name === 'apps-user')?.env).toEqual({ PORT: '4201', BFF_URL: 'http://localhost:4001/graphql' });
  });

  it('lists every sub-app with a BFF in the manifest and the web builds', () => {
    const manifest = localManifest(config, demo);
    expect(manifest.apps.map((app) => [app.name, app.entry, app.bffUrl, app.baseroute])).toEqual([
      ['user', 'http://localhost:4201/account/', 'http://localhost:4001/graphql', '/account'],
      ['catalog', 'http://localhost:4202/catalog/', 'http://localhost:4002/graphql', '/catalog'],
    ]);
    expect(webProjects(demo)).toEqual(['apps-user', 'apps-catalog', 'shell']);
    // Versions are the sub-app packages' (a release bumps them), not a constant.
    expect(manifest.apps.every((app) => /^\d+\.\d+\.\d+/.test(app.version))).toBe(true);
  });
});

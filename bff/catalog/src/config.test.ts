import { ConfigError } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('catalog BFF config', () => {
  it('has working defaults', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toEqual({
      port: 4002,
      host: '127.0.0.1',
      catalogServiceAddr: '127.0.0.1:50052',
      orderServiceAddr: '127.0.0.1:50053',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4202'],
      nodeEnv: 'development',
      logLevel: 'info',
      publicUrl: undefined,
      trustProxy: false,
      fastPath: true,
      authEnv: expect.objectContaining({ NODE_ENV: 'development', AUTH_ISSUER: 'shop-user', AUTH_AUDIENCE: 'shop' }),
      rateLimit: { points: 600, durationSeconds: 60, keyPrefix: 'bff-catalog:client', redisUrl: undefined },
    });
    expect(loadConfig({ NODE_ENV: 'development', GRAPHQL_FAST_PATH: '0' }).fastPath).toBe(false);
  });

  it('reads its own variable next to the shared ones', () => {
    const config = loadConfig({ CATALOG_SERVICE_ADDR: 'catalog:50052', NODE_ENV: 'production', PUBLIC_URL: 'https://api.shop.example/' });
    expect(config).toMatchObject({ catalogServiceAddr: 'catalog:50052', nodeEnv: 'production', publicUrl: 'https://api.shop.example' });
  });

  // The shared variables' rules are the platform's (bff/platform/src/bff/bff-config.test.ts).
  it.each([
    [{ CATALOG_SERVICE_ADDR: 'no-port' }, 'CATALOG_SERVICE_ADDR'],
    // Production must know its public origin (image URLs): unset NODE_ENV means production.
    [{}, 'PUBLIC_URL: required when NODE_ENV=production'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});

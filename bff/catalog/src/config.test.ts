import { ConfigError } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('catalog BFF config', () => {
  it('has working defaults', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toEqual({
      port: 4002,
      host: '127.0.0.1',
      catalogServiceAddr: '127.0.0.1:50052',
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

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      CATALOG_SERVICE_ADDR: 'catalog:50052',
      CORS_ORIGINS: 'https://shop.example, https://admin.example:8443',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://api.shop.example/',
    });
    expect(config).toMatchObject({
      port: 8080,
      catalogServiceAddr: 'catalog:50052',
      corsOrigins: ['https://shop.example', 'https://admin.example:8443'],
      nodeEnv: 'production',
      publicUrl: 'https://api.shop.example',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ CATALOG_SERVICE_ADDR: 'no-port' }, 'CATALOG_SERVICE_ADDR'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'http://ok.example,ftp://x' }, 'CORS_ORIGINS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
    // Production must know its public origin: unset NODE_ENV means production.
    [{}, 'PUBLIC_URL: required when NODE_ENV=production'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });

  it('in production accepts TRUST_PROXY instead of PUBLIC_URL', () => {
    expect(loadConfig({ TRUST_PROXY: 'true' })).toMatchObject({ nodeEnv: 'production', trustProxy: true, publicUrl: undefined });
  });
});

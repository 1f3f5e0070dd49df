import { ConfigError } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('catalog BFF config', () => {
  it('has working defaults', () => {
    expect(loadConfig({})).toEqual({
      port: 4002,
      host: '127.0.0.1',
      catalogServiceAddr: '127.0.0.1:50052',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4202'],
      nodeEnv: 'production',
      logLevel: 'info',
      publicUrl: undefined,
      fastPath: true,
    });
    expect(loadConfig({ GRAPHQL_FAST_PATH: '0' }).fastPath).toBe(false);
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
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(variable);
  });
});

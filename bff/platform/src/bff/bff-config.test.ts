import { describe, expect, it } from 'vitest';
import { ConfigError } from '../config/env.js';
import { toyDeclaration } from '../testing/toy-declaration.js';
import { loadBffConfig, resolveBffConfig } from './bff-config.js';

const toy = toyDeclaration();

describe('BFF config builder', () => {
  it('has the shared defaults plus the declaration’s own settings', () => {
    expect(loadBffConfig(toy, { NODE_ENV: 'development' })).toEqual({
      port: 4999,
      host: '127.0.0.1',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4299'],
      nodeEnv: 'development',
      logLevel: 'info',
      publicUrl: undefined,
      trustProxy: false,
      fastPath: true,
      authEnv: { NODE_ENV: 'development', AUTH_ISSUER: 'shop-user', AUTH_AUDIENCE: 'shop' },
      rateLimit: { points: 600, durationSeconds: 60, keyPrefix: 'bff-toy:client', redisUrl: undefined },
      redisUrl: undefined,
      toyServiceAddr: '127.0.0.1:50099',
    });
  });

  it('reads every shared variable and the declaration’s own', () => {
    const config = loadBffConfig(toy, {
      PORT: '8080',
      HOST: '0.0.0.0',
      TOY_SERVICE_ADDR: 'toy:50099',
      CORS_ORIGINS: 'https://shop.example, https://admin.example:8443',
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PUBLIC_URL: 'https://api.shop.example/',
      GRAPHQL_FAST_PATH: 'false',
      AUTH_VERIFICATION_KEYS: '@/run/keys/jwks.json',
      AUTH_ISSUER: 'issuer',
      RATE_LIMIT_POINTS: '0',
      REDIS_URL: 'redis://cache:6379',
    });
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      corsOrigins: ['https://shop.example', 'https://admin.example:8443'],
      nodeEnv: 'production',
      logLevel: 'warn',
      publicUrl: 'https://api.shop.example',
      trustProxy: false,
      fastPath: false,
      authEnv: { NODE_ENV: 'production', AUTH_VERIFICATION_KEYS: '@/run/keys/jwks.json', AUTH_ISSUER: 'issuer', AUTH_AUDIENCE: 'shop' },
      rateLimit: undefined,
      redisUrl: 'redis://cache:6379',
      toyServiceAddr: 'toy:50099',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ CORS_ORIGINS: 'http://ok.example,ftp://x' }, 'CORS_ORIGINS'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ PUBLIC_URL: 'not a url' }, 'PUBLIC_URL'],
    [{ TOY_SERVICE_ADDR: 'no-port' }, 'TOY_SERVICE_ADDR'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ GRAPHQL_FAST_PATH: 'maybe' }, 'GRAPHQL_FAST_PATH'],
    [{ TRUST_PROXY: 'sometimes' }, 'TRUST_PROXY'],
    [{ RATE_LIMIT_POINTS: 'lots' }, 'RATE_LIMIT_POINTS'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL'],
    [{}, 'PUBLIC_URL: required when NODE_ENV=production'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadBffConfig(toy, env)).toThrow(ConfigError);
    expect(() => loadBffConfig(toy, env)).toThrow(variable);
  });

  it('in production accepts TRUST_PROXY instead of PUBLIC_URL', () => {
    expect(loadBffConfig(toy, { TRUST_PROXY: 'true' })).toMatchObject({ nodeEnv: 'production', trustProxy: true, publicUrl: undefined });
  });

  it('completes an in-process config: port 0, loopback, declared origins, production', () => {
    expect(resolveBffConfig(toy, { toyServiceAddr: 'x:1' })).toEqual({
      port: 0,
      host: '127.0.0.1',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4299'],
      nodeEnv: 'production',
      trustProxy: false,
      fastPath: true,
      toyServiceAddr: 'x:1',
    });
    expect(resolveBffConfig(toy, { toyServiceAddr: 'x:1', nodeEnv: 'test', corsOrigins: [] })).toMatchObject({ nodeEnv: 'test', corsOrigins: [] });
  });
});

import { ConfigError } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('user BFF config', () => {
  it('has working defaults', () => {
    const config = loadConfig({ NODE_ENV: 'development' });
    expect(config).toMatchObject({
      port: 4001,
      host: '127.0.0.1',
      userServiceAddr: '127.0.0.1:50051',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4201'],
      trustProxy: false,
      fastPath: true,
      loginThrottle: { perEmail: 5, perAddress: 20, windowSeconds: 900 },
      rateLimit: { points: 600, durationSeconds: 60, keyPrefix: 'bff-user:client', redisUrl: undefined },
      authEnv: { NODE_ENV: 'development', AUTH_ISSUER: 'shop-user', AUTH_AUDIENCE: 'shop' },
    });
  });

  it('turns the general limit off with RATE_LIMIT_POINTS=0 and shares limits through REDIS_URL', () => {
    expect(loadConfig({ NODE_ENV: 'test', RATE_LIMIT_POINTS: '0' }).rateLimit).toBeUndefined();
    const shared = loadConfig({ NODE_ENV: 'test', REDIS_URL: 'redis://127.0.0.1:6379' });
    expect(shared.rateLimit?.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(shared.redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ USER_SERVICE_ADDR: 'nowhere' }, 'USER_SERVICE_ADDR'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ LOGIN_MAX_FAILURES_PER_EMAIL: '0' }, 'LOGIN_MAX_FAILURES_PER_EMAIL'],
    [{ RATE_LIMIT_WINDOW_S: 'soon' }, 'RATE_LIMIT_WINDOW_S'],
    [{ REDIS_URL: 'http://cache' }, 'REDIS_URL'],
  ])('names the bad variable in %j', (env, name) => {
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'test', ...env })).toThrow(name);
  });
});

import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  ConfigError,
  corsOriginsVar,
  loadConfig,
  loadConfigOrExit,
  nodeEnv,
  optionalUrlVar,
  port,
  requirePublicOriginInProduction,
  serviceAddrVar,
  trustProxyVar,
} from './env.js';

const schema = z.object({
  PORT: port(4000),
  X_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50051'),
  CORS_ORIGINS: corsOriginsVar('http://localhost:4200'),
});

describe('BFF env helpers', () => {
  it('applies defaults, treating empty strings as unset', () => {
    expect(loadConfig(schema, { PORT: '', CORS_ORIGINS: '' })).toEqual({
      PORT: 4000,
      X_SERVICE_ADDR: '127.0.0.1:50051',
      CORS_ORIGINS: ['http://localhost:4200'],
    });
  });

  it('normalises origins and accepts hostnames and IPv6 in service addresses', () => {
    const env = loadConfig(schema, { CORS_ORIGINS: 'https://A.example/ ,http://b.example:8080', X_SERVICE_ADDR: '[::1]:50051' });
    expect(env.CORS_ORIGINS).toEqual(['https://a.example', 'http://b.example:8080']);
    expect(env.X_SERVICE_ADDR).toBe('[::1]:50051');
  });

  it.each([
    [{ PORT: '-1' }, 'PORT'],
    [{ X_SERVICE_ADDR: 'http://x:1' }, 'X_SERVICE_ADDR'],
    [{ CORS_ORIGINS: '*' }, 'CORS_ORIGINS'],
    [{ CORS_ORIGINS: 'https://a.example/path' }, 'CORS_ORIGINS'],
  ])('names the variable for %j', (env, variable) => {
    try {
      loadConfig(schema, env);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(new RegExp(`^Invalid configuration: ${variable}: `));
    }
  });

  it('exits 1 on a config error and rethrows anything else', () => {
    const exit = (code: number): never => {
      throw new Error(`exit ${code}`);
    };
    const stderr = process.stderr.write;
    process.stderr.write = () => true;
    try {
      expect(() => loadConfigOrExit(() => loadConfig(schema, { PORT: 'x' }), exit)).toThrow('exit 1');
    } finally {
      process.stderr.write = stderr;
    }
    expect(() => loadConfigOrExit(() => { throw new TypeError('bug'); }, exit)).toThrow('bug');
    expect(loadConfigOrExit(() => 42, exit)).toBe(42);
  });
});

describe('public origin settings', () => {
  const originSchema = z
    .object({ NODE_ENV: nodeEnv, PUBLIC_URL: optionalUrlVar, TRUST_PROXY: trustProxyVar })
    .superRefine(requirePublicOriginInProduction);

  it('trusts no proxy headers unless TRUST_PROXY says so', () => {
    expect(loadConfig(originSchema, { NODE_ENV: 'development' }).TRUST_PROXY).toBe(false);
    expect(loadConfig(originSchema, { NODE_ENV: 'development', TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(() => loadConfig(originSchema, { NODE_ENV: 'development', TRUST_PROXY: 'maybe' })).toThrow('TRUST_PROXY');
  });

  it('requires PUBLIC_URL or TRUST_PROXY in production, naming PUBLIC_URL', () => {
    expect(() => loadConfig(originSchema, {})).toThrow(/PUBLIC_URL: required when NODE_ENV=production/);
    expect(loadConfig(originSchema, { PUBLIC_URL: 'https://api.shop.example/' }).PUBLIC_URL).toBe('https://api.shop.example');
    expect(loadConfig(originSchema, { TRUST_PROXY: '1' }).TRUST_PROXY).toBe(true);
  });
});

import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { bindHost, booleanFlag, logLevel, nodeEnv, port } from './env-schemas.js';
import { ConfigError, configErrorText, loadConfig } from './load-config.js';

// A required variable without default, like a service's DATABASE_URL.
const serviceName = z.string({ error: 'expected a service name' }).regex(/^[a-z-]+$/, 'expected a service name');

const schema = z.object({
  GRPC_PORT: port(50052),
  SERVICE_NAME: serviceName,
  SEED: booleanFlag(false),
  LOG_LEVEL: logLevel,
  NODE_ENV: nodeEnv,
});

describe('loadConfig', () => {
  it('applies defaults and coerces values', () => {
    expect(loadConfig(schema, { SERVICE_NAME: 'catalog', SEED: 'YES' })).toEqual({
      GRPC_PORT: 50052,
      SERVICE_NAME: 'catalog',
      SEED: true,
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
    });
    expect(loadConfig(schema, { SERVICE_NAME: 'order', GRPC_PORT: '0', SEED: '0' })).toMatchObject({
      GRPC_PORT: 0,
      SEED: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(schema, { SERVICE_NAME: 'user', GRPC_PORT: '' }).GRPC_PORT).toBe(50052);
  });

  it('throws a ConfigError naming each bad variable', () => {
    const env = { GRPC_PORT: '70000', LOG_LEVEL: 'loud', SEED: 'maybe', NODE_ENV: 'prod' };
    expect(() => loadConfig(schema, env)).toThrow(ConfigError);
    const text = configErrorText(schema, env);
    expect(text).toMatch(/^Invalid configuration: /);
    expect(text).toContain('GRPC_PORT: expected a port number 0..65535');
    expect(text).toContain('SERVICE_NAME: expected a service name');
    expect(text).toContain('LOG_LEVEL: expected one of');
    expect(text).toContain('SEED: expected true or false');
    expect(text).toContain('NODE_ENV: expected development, test or production');
  });

  it('rejects non-integer ports and names every bad variable in order', () => {
    expect(configErrorText(schema, { SERVICE_NAME: 'Bad Name', GRPC_PORT: '1.5' })).toBe(
      'Invalid configuration: GRPC_PORT: expected a port number 0..65535; SERVICE_NAME: expected a service name',
    );
    expect(configErrorText(schema, { SERVICE_NAME: 'catalog' })).toBeUndefined();
  });

  it('binds loopback unless told otherwise, and accepts only an address', () => {
    const hostSchema = z.object({ HOST: bindHost() });
    expect(loadConfig(hostSchema, {})).toEqual({ HOST: '127.0.0.1' });
    for (const HOST of ['0.0.0.0', '::', '[::1]', 'localhost', ' 10.0.0.5 ']) {
      expect(loadConfig(hostSchema, { HOST }).HOST).toBe(HOST.trim());
    }
    for (const HOST of ['evil.example', '127.0.0.1;rm', 'http://0.0.0.0']) {
      expect(configErrorText(hostSchema, { HOST })).toMatch(/^Invalid configuration: HOST: expected an IP address/);
    }
  });
});

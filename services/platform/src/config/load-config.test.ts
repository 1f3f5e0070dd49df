import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { booleanFlag, databaseUrl, logLevel, nodeEnv, port } from './env-schemas.js';
import { ConfigError, configErrorText, loadConfig } from './load-config.js';

const schema = z.object({
  GRPC_PORT: port(50052),
  DATABASE_URL: databaseUrl,
  SEED: booleanFlag(false),
  LOG_LEVEL: logLevel,
  NODE_ENV: nodeEnv,
});

describe('loadConfig', () => {
  it('applies defaults and coerces values', () => {
    expect(loadConfig(schema, { DATABASE_URL: 'postgres://u@h:1', SEED: 'YES' })).toEqual({
      GRPC_PORT: 50052,
      DATABASE_URL: 'postgres://u@h:1',
      SEED: true,
      LOG_LEVEL: 'info',
      NODE_ENV: 'development',
    });
    expect(loadConfig(schema, { DATABASE_URL: 'postgresql://h/db', GRPC_PORT: '0', SEED: '0' })).toMatchObject({
      GRPC_PORT: 0,
      SEED: false,
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig(schema, { DATABASE_URL: 'postgres://h', GRPC_PORT: '' }).GRPC_PORT).toBe(50052);
  });

  it('throws a ConfigError naming each bad variable', () => {
    const env = { GRPC_PORT: '70000', LOG_LEVEL: 'loud', SEED: 'maybe', NODE_ENV: 'prod' };
    expect(() => loadConfig(schema, env)).toThrow(ConfigError);
    const text = configErrorText(schema, env);
    expect(text).toMatch(/^Invalid configuration: /);
    expect(text).toContain('GRPC_PORT: expected a port number 0..65535');
    expect(text).toContain('DATABASE_URL: expected a postgres:// URL');
    expect(text).toContain('LOG_LEVEL: expected one of');
    expect(text).toContain('SEED: expected true or false');
    expect(text).toContain('NODE_ENV: expected development, test or production');
  });

  it('rejects non-integer ports and non-postgres URLs', () => {
    expect(configErrorText(schema, { DATABASE_URL: 'mysql://h', GRPC_PORT: '1.5' })).toBe(
      'Invalid configuration: GRPC_PORT: expected a port number 0..65535; DATABASE_URL: expected a postgres:// URL',
    );
    expect(configErrorText(schema, { DATABASE_URL: 'not a url' })).toContain('DATABASE_URL');
    expect(configErrorText(schema, { DATABASE_URL: 'postgres://h' })).toBeUndefined();
  });
});

import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { configErrorText } from '@shop/node-platform';
import { databaseUrl } from './env-schemas.js';

const schema = z.object({ DATABASE_URL: databaseUrl });

describe('databaseUrl', () => {
  it('accepts postgres:// and postgresql:// URLs', () => {
    expect(configErrorText(schema, { DATABASE_URL: 'postgres://u@h:1' })).toBeUndefined();
    expect(configErrorText(schema, { DATABASE_URL: 'postgresql://h/db' })).toBeUndefined();
  });

  it('names the variable when it is missing, not a URL or another database', () => {
    const expected = 'Invalid configuration: DATABASE_URL: expected a postgres:// URL';
    expect(configErrorText(schema, {})).toBe(expected);
    expect(configErrorText(schema, { DATABASE_URL: 'mysql://h' })).toBe(expected);
    expect(configErrorText(schema, { DATABASE_URL: 'not a url' })).toBe(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { corsHeaders } from './cors.js';

const policy = { origins: ['http://localhost:4200'], maxAgeSeconds: 600 };
const asMap = (headers: Array<[string, string]>) => Object.fromEntries(headers);

describe('CORS', () => {
  it('allows a whitelisted origin with credentials, never *', () => {
    const headers = asMap(corsHeaders(policy, 'http://localhost:4200', false));
    expect(headers).toMatchObject({
      'access-control-allow-origin': 'http://localhost:4200',
      'access-control-allow-credentials': 'true',
      vary: 'Origin',
    });
  });

  it('answers a preflight with methods, requested headers and max-age', () => {
    const headers = asMap(corsHeaders(policy, 'http://localhost:4200', true, 'content-type, authorization'));
    expect(headers['access-control-allow-methods']).toBe('GET,POST,OPTIONS');
    expect(headers['access-control-allow-headers']).toBe('content-type, authorization');
    expect(headers['access-control-max-age']).toBe('600');
  });

  it('does not echo odd requested headers', () => {
    const headers = asMap(corsHeaders(policy, 'http://localhost:4200', true, 'x\r\nset-cookie: a=b'));
    expect(headers['access-control-allow-headers']).toBe('accept,authorization,content-type,x-request-id,x-graphql-csrf');
  });

  it('gives other origins nothing but Vary', () => {
    for (const origin of ['http://evil.example', 'http://localhost:4200.evil.example', 'null', undefined]) {
      expect(corsHeaders(policy, origin, true)).toEqual([['vary', 'Origin']]);
    }
  });
});

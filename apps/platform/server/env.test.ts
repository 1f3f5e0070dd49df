import { describe, expect, it } from 'vitest';
import { bffUrlFromEnv, hostFromEnv, portFromEnv } from './env.js';

describe('portFromEnv', () => {
  it('uses the default when PORT is unset or empty', () => {
    expect(portFromEnv(4202, {})).toBe(4202);
    expect(portFromEnv(4202, { PORT: '' })).toBe(4202);
  });

  it('parses a valid PORT', () => {
    expect(portFromEnv(4202, { PORT: '0' })).toBe(0);
    expect(portFromEnv(4202, { PORT: '8080' })).toBe(8080);
  });

  it.each(['abc', '-1', '70000', '80.5'])('rejects PORT=%s naming the variable', (value) => {
    expect(() => portFromEnv(4202, { PORT: value })).toThrow(/^Invalid configuration: PORT: expected a port number 0..65535$/);
  });
});

describe('bffUrlFromEnv', () => {
  it('uses BFF_URL when set, else the default', () => {
    expect(bffUrlFromEnv('http://localhost:4002/graphql', {})).toBe('http://localhost:4002/graphql');
    expect(bffUrlFromEnv('http://x/graphql', { BFF_URL: 'https://bff.example.com/graphql' })).toBe('https://bff.example.com/graphql');
  });

  it.each(['not a url', 'ftp://bff/graphql', '/graphql'])('rejects BFF_URL=%s', (value) => {
    expect(() => bffUrlFromEnv('http://x', { BFF_URL: value })).toThrow(/^Invalid configuration: BFF_URL: expected an absolute http\(s\) URL$/);
  });
});

describe('hostFromEnv', () => {
  it('binds loopback unless HOST says otherwise', () => {
    expect(hostFromEnv({})).toBe('127.0.0.1');
    expect(hostFromEnv({ HOST: '0.0.0.0' })).toBe('0.0.0.0');
    expect(hostFromEnv({ HOST: '::' })).toBe('::');
  });

  it('rejects a HOST that is not an address, naming the variable', () => {
    expect(() => hostFromEnv({ HOST: 'example.com/x' })).toThrow(/^Invalid configuration: HOST: expected an IP address/);
  });
});

import { describe, expect, it } from 'vitest';
import { negotiateEncoding, type Encoding } from './accept-encoding.js';

const all: Encoding[] = ['identity', 'br', 'gzip'];

describe('negotiateEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['deflate', 'identity'],
    ['BR', 'br'],
    ['gzip;q=1, br;q=0.5', 'gzip'],
    ['gzip;q=0.5, br;q=0.5', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br;q=0, gzip;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0.5, br;q=0', 'gzip'],
    ['*;q=0', 'identity'],
    ['identity;q=0, gzip', 'gzip'],
    ['br;q=abc, gzip', 'gzip'],
    ['br;q=0.000, gzip;q=0.001', 'gzip'],
  ] as const)('Accept-Encoding %j → %s', (header, expected) => {
    expect(negotiateEncoding(header, all)).toBe(expected);
  });

  it('only picks variants that exist', () => {
    expect(negotiateEncoding('br, gzip', ['identity', 'gzip'])).toBe('gzip');
    expect(negotiateEncoding('br', ['identity', 'gzip'])).toBe('identity');
    expect(negotiateEncoding('br, gzip', ['identity'])).toBe('identity');
  });
});

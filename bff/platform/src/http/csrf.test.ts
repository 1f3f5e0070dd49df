import { describe, expect, it } from 'vitest';
import { hasCsrfHeader } from './csrf.js';

describe('hasCsrfHeader', () => {
  it('accepts either CSRF header, whatever its value', () => {
    expect(hasCsrfHeader({ 'x-graphql-csrf': '' })).toBe(true);
    expect(hasCsrfHeader({ 'graphql-require-preflight': '1' })).toBe(true);
  });

  it('refuses what a cross-site form or link sends', () => {
    expect(hasCsrfHeader({ accept: '*/*', 'content-type': 'text/plain', origin: 'https://evil.example' })).toBe(false);
  });
});

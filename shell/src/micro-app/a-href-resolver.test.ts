import { describe, expect, it } from 'vitest';
import { resolveSubAppHref } from './a-href-resolver.js';

describe('resolveSubAppHref', () => {
  const origin = 'http://localhost:4200';

  it('makes root-relative links absolute to the shell origin', () => {
    expect(resolveSubAppHref('/catalog/p/red-shoe', origin)).toBe('http://localhost:4200/catalog/p/red-shoe');
  });

  it('leaves absolute, protocol-relative and fragment links alone', () => {
    expect(resolveSubAppHref('https://example.com/x', origin)).toBe('https://example.com/x');
    expect(resolveSubAppHref('//cdn.example.com/x', origin)).toBe('//cdn.example.com/x');
    expect(resolveSubAppHref('#top', origin)).toBe('#top');
  });
});

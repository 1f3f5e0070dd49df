import { describe, expect, it } from 'vitest';
import { baselineCsp, microAppHostCsp, originsOf, serializeCsp, subAppCsp } from './csp.js';

describe('csp', () => {
  it('serializes directives in order without duplicate sources', () => {
    expect(serializeCsp({ 'default-src': ["'none'"], 'img-src': ["'self'", 'https://a.test', 'https://a.test'] })).toBe(
      "default-src 'none'; img-src 'self' https://a.test",
    );
  });

  it('reduces URLs to origins and drops anything that is not http(s)', () => {
    expect(originsOf(['http://localhost:4002/graphql', 'https://cdn.test/app/1.0/', 'javascript:alert(1)', 'not a url', "'unsafe-inline'"])).toEqual([
      'http://localhost:4002',
      'https://cdn.test',
    ]);
  });

  it('has a strict baseline: nothing by default, same origin only, no plugins, framed by itself only', () => {
    expect(serializeCsp(baselineCsp())).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; base-uri 'self'; form-action 'self'; object-src 'none'; frame-ancestors 'self'",
    );
  });

  it('lets a standalone sub-app reach its BFF (GraphQL and images) and nothing else', () => {
    const csp = subAppCsp('http://127.0.0.1:4002/graphql');
    expect(csp['connect-src']).toEqual(["'self'", 'http://127.0.0.1:4002']);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'http://127.0.0.1:4002']);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
  });

  it('gives a micro-app host exactly what micro-app rc.30 needs, without inline scripts', () => {
    const csp = microAppHostCsp({ entries: ['http://localhost:4202/catalog/'], bffUrls: ['http://localhost:4002/graphql'] });
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'", 'http://localhost:4202']);
    expect(csp['script-src']).not.toContain("'unsafe-inline'");
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(csp['frame-src']).toEqual(["'self'"]);
  });
});

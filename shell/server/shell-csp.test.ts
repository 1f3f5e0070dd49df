import { describe, expect, it } from 'vitest';
import { shellCsp } from './shell-csp.js';

const app = (name: string, entry: string, bffUrl: string) => ({ name, version: '1', entry, bffUrl, baseroute: `/${name}` });

function directives(csp: string): Record<string, string[]> {
  return Object.fromEntries(csp.split('; ').map((part) => { const [name, ...sources] = part.split(' '); return [name!, sources]; }));
}

describe('shellCsp', () => {
  it('allows each sub-app origin and BFF origin exactly where micro-app needs them', () => {
    const csp = directives(
      shellCsp({
        home: '/catalog',
        apps: [
          app('catalog', 'http://localhost:4202/catalog/', 'http://localhost:4002/graphql'),
          app('user', 'https://cdn.example.com/user/1.2.0/', 'https://api.example.com/user/graphql'),
        ],
      }),
    );
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'", 'http://localhost:4202', 'https://cdn.example.com']);
    expect(csp['connect-src']).toEqual(["'self'", 'http://localhost:4202', 'https://cdn.example.com', 'http://localhost:4002', 'https://api.example.com']);
    expect(csp['img-src']).toEqual(["'self'", 'http://localhost:4002', 'https://api.example.com']);
    expect(csp['base-uri']).toEqual(["'self'", 'http://localhost:4202', 'https://cdn.example.com']);
    expect(csp['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp['frame-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['default-src']).toEqual(["'none'"]);
  });

  it('falls back to no sub-app origin when the manifest is invalid', () => {
    const csp = directives(shellCsp({ error: 'manifest file x cannot be read' }));
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
  });
});

import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticApp } from './static-app.js';
import { securityHeaders } from './security-headers.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-headers-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc123.js.map'), '{"version":3}');
});

afterAll(() => rm(root, { recursive: true, force: true }));

const CSP = "default-src 'none'; frame-ancestors 'self'";

function expectBaseline(response: Response, what: string): void {
  expect(response.headers.get('content-security-policy'), what).toBe(CSP);
  expect(response.headers.get('x-content-type-options'), what).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), what).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('x-frame-options'), what).toBe('SAMEORIGIN');
}

describe('security headers on every response of the static app', () => {
  const app = () => createStaticApp({
    root,
    cors: true,
    csp: CSP,
    json: {
      '/runtime-config.json': () => ({ bffUrl: 'http://x' }),
      '/boom.json': () => {
        throw new Error('secret detail');
      },
    },
  });

  it.each([
    ['asset 200', '/assets/index-abc123.js', 200],
    ['index 200', '/', 200],
    ['SPA fallback 200', '/catalog/p/deep', 200],
    ['JSON endpoint 200', '/runtime-config.json', 200],
    ['missing asset 404', '/assets/gone-1.js', 404],
    ['source map 404', '/assets/index-abc123.js.map', 404],
    ['traversal', '/%2e%2e/%2e%2e/etc/passwd', 200],
    ['error 500', '/boom.json', 500],
  ])('%s', async (what, path, status) => {
    const response = await app().request(path);
    expect(response.status, what).toBe(status);
    expectBaseline(response, what);
    expect(await response.text()).not.toContain('secret detail');
  });

  it('on 304 revalidations', async () => {
    const first = await app().request('/');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await app().request('/', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
    expectBaseline(again, '304');
    expect(again.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('on HEAD and CORS preflights', async () => {
    expectBaseline(await app().request('/', { method: 'HEAD' }), 'HEAD');
    const preflight = await app().request('/index.html', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4200', 'Access-Control-Request-Method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expectBaseline(preflight, 'OPTIONS');
  });

  it('computes a per-request policy', async () => {
    let version = 0;
    const live = createStaticApp({ root, csp: () => `default-src 'none'; x-v ${++version}` });
    expect((await live.request('/')).headers.get('content-security-policy')).toBe("default-src 'none'; x-v 1");
    expect((await live.request('/')).headers.get('content-security-policy')).toBe("default-src 'none'; x-v 2");
  });

  it('defaults to the strict baseline', async () => {
    const csp = (await createStaticApp({ root }).request('/')).headers.get('content-security-policy');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'self'");
  });
});

describe('securityHeaders', () => {
  it('mirrors frame-ancestors in X-Frame-Options only where it can', () => {
    expect(securityHeaders("frame-ancestors 'none'")['X-Frame-Options']).toBe('DENY');
    expect(securityHeaders("default-src 'self'; frame-ancestors 'self'")['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(securityHeaders("frame-ancestors 'self' https://shop.test")['X-Frame-Options']).toBeUndefined();
  });
});

import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticApp } from './static-app.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-app-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'index-abc123.css'), 'body{}');
  await writeFile(join(root, 'favicon.svg'), '<svg/>');
  await writeFile(join(root, 'assets', 'index-abc123.js.map'), '{"version":3,"sources":["src/secret.ts"]}');
  await writeFile(join(root, 'assets', 'index-abc123.js.map.gz'), 'gz');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('createStaticApp', () => {
  it('serves hashed assets with their content type and a long immutable cache', async () => {
    const app = createStaticApp({ root });
    const js = await app.request('/assets/index-abc123.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toContain('immutable');
    expect(await js.text()).toBe('console.log(1)');
    const css = await app.request('/assets/index-abc123.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('serves index.html with no-cache at / and as SPA fallback for deep links', async () => {
    const app = createStaticApp({ root });
    for (const path of ['/', '/index.html', '/catalog/p/red-shoe', '/catalog/?q=x']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>app</title>');
    }
  });

  it('serves other root files without the immutable cache', async () => {
    const res = await createStaticApp({ root }).request('/favicon.svg');
    expect(res.headers.get('content-type')).toBe('image/svg+xml');
    expect(res.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for a missing hashed asset instead of HTML', async () => {
    const res = await createStaticApp({ root }).request('/assets/gone-999.js');
    expect(res.status).toBe(404);
  });

  it.each(['/%2e%2e/%2e%2e/etc/passwd', '/../../etc/passwd', '/assets/..%2f..%2f..%2fetc/passwd', '/%252e%252e/%252e%252e/etc/passwd', '/..%5c..%5cetc/passwd'])(
    'does not serve files outside root: %s',
    async (path) => {
      const res = await createStaticApp({ root }).request(path);
      expect(await res.text()).not.toContain('root:');
    },
  );

  it('answers a NUL byte in the path without reading a file', async () => {
    const res = await createStaticApp({ root }).request('/index.html%00.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it.each(['/assets/index-abc123.js.map', '/assets/index-abc123.js%2Emap', '/assets/INDEX-abc123.js.MAP', '/assets/index-abc123.js.map.gz', '/index.js.map', '/deep/x.map'])(
    'never serves a source map: %s → 404',
    async (path) => {
      const res = await createStaticApp({ root }).request(path, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('sources');
    },
  );

  it('computes JSON endpoints per request with no-cache', async () => {
    let calls = 0;
    const app = createStaticApp({ root, json: { '/runtime-config.json': () => ({ calls: ++calls }) } });
    const first = await app.request('/runtime-config.json');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('content-type')).toContain('application/json');
    expect(await first.json()).toEqual({ calls: 1 });
    expect(await (await app.request('/runtime-config.json')).json()).toEqual({ calls: 2 });
  });

  it('sends Access-Control-Allow-Origin: * only when cors is on', async () => {
    const withCors = await createStaticApp({ root, cors: true }).request('/assets/index-abc123.js', {
      headers: { Origin: 'http://localhost:4200' },
    });
    expect(withCors.headers.get('access-control-allow-origin')).toBe('*');
    expect(withCors.headers.get('access-control-allow-credentials')).toBeNull();
    const without = await createStaticApp({ root }).request('/assets/index-abc123.js', {
      headers: { Origin: 'http://localhost:4200' },
    });
    expect(without.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a CORS preflight', async () => {
    const res = await createStaticApp({ root, cors: true }).request('/index.html', {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:4200', 'Access-Control-Request-Method': 'GET' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('answers 404 when index.html is missing', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'static-empty-'));
    const res = await createStaticApp({ root: empty }).request('/catalog');
    expect(res.status).toBe(404);
    await rm(empty, { recursive: true });
  });
});

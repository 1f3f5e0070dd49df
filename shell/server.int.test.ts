import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type ShellServer } from './server.js';

const manifest = {
  home: '/catalog',
  apps: [{ name: 'catalog', version: '1', entry: 'http://localhost:4202/catalog/', bffUrl: 'http://localhost:4002/graphql', baseroute: '/catalog' }],
};

const INDEX = '<!doctype html><title>shell</title><div id="app"></div>';

function fakeDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'shell-dist-'));
  writeFileSync(join(root, 'index.html'), INDEX);
  writeFileSync(join(root, 'index.html.gz'), gzipSync(INDEX));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'index-1.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-1.js.map'), '{"version":3}');
  return root;
}

/** Directive name → sources of a CSP header. */
function cspOf(response: Response): Record<string, string[]> {
  const header = response.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(header.split('; ').map((part) => [part.split(' ')[0]!, part.split(' ').slice(1)]));
}

describe('startShell', () => {
  let shell: ShellServer | undefined;
  afterEach(async () => {
    await shell?.stop();
    shell = undefined;
  });

  it('serves the manifest, re-read per request, uncached', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shell-manifest-')), 'manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    shell = await startShell({ port: 0, manifest: file, root: fakeDist() });
    const first = await fetch(`${shell.url}/manifest.json`);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(await first.json()).toEqual(manifest);

    const released = { ...manifest, apps: [{ ...manifest.apps[0], version: '2' }] };
    writeFileSync(file, JSON.stringify(released));
    expect(await (await fetch(`${shell.url}/manifest.json`)).json()).toEqual(released);
  });

  it('answers deep paths with index.html (the sandbox iframe loads the current URL)', async () => {
    shell = await startShell({ port: 0, manifest, root: fakeDist() });
    const response = await fetch(`${shell.url}/catalog/p/red-shoe?x=1`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="app">');
    expect((await fetch(`${shell.url}/healthz`)).status).toBe(200);
  });

  it('refuses to start with an invalid manifest or without a build', async () => {
    await expect(startShell({ port: 0, manifest: { home: '/x', apps: [] }, root: fakeDist() })).rejects.toThrow(/Invalid shell manifest/);
    const empty = mkdtempSync(join(tmpdir(), 'shell-empty-'));
    await expect(startShell({ port: 0, manifest, root: empty })).rejects.toThrow(/No built shell/);
  });

  it('sends the security headers, with a CSP built from the manifest it serves', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'shell-manifest-')), 'manifest.json');
    writeFileSync(file, JSON.stringify(manifest));
    shell = await startShell({ port: 0, manifest: file, root: fakeDist() });
    for (const path of ['/', '/catalog/p/x', '/assets/index-1.js', '/manifest.json', '/assets/missing-1.js']) {
      const response = await fetch(`${shell.url}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
      const csp = cspOf(response);
      expect(csp['frame-ancestors'], path).toEqual(["'self'"]);
      expect(csp['script-src'], path).toEqual(["'self'", "'unsafe-eval'", 'http://localhost:4202']);
      expect(csp['connect-src'], path).toEqual(["'self'", 'http://localhost:4202', 'http://localhost:4002']);
    }

    // A release that moves the app: the next response's policy follows, no restart.
    const moved = { ...manifest, apps: [{ ...manifest.apps[0], entry: 'https://cdn.example.com/catalog/2/', bffUrl: 'https://api.example.com/graphql' }] };
    writeFileSync(file, JSON.stringify(moved));
    const csp = cspOf(await fetch(`${shell.url}/catalog`));
    expect(csp['script-src']).toEqual(["'self'", "'unsafe-eval'", 'https://cdn.example.com']);
    expect(csp['img-src']).toEqual(["'self'", 'https://api.example.com']);
  });

  it('serves index.html precompressed and never a source map', async () => {
    shell = await startShell({ port: 0, manifest, root: fakeDist() });
    const page = await fetch(`${shell.url}/catalog/p/x`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(page.headers.get('content-encoding')).toBe('gzip');
    expect(page.headers.get('vary')).toBe('Accept-Encoding');
    expect(await page.text()).toBe(INDEX);
    expect((await fetch(`${shell.url}/assets/index-1.js.map`)).status).toBe(404);
  });

  it('binds loopback unless told otherwise', async () => {
    shell = await startShell({ port: 0, manifest, root: fakeDist() });
    expect(shell.host).toBe('127.0.0.1');
  });
});

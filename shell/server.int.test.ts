import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startShell, type ShellServer } from './server.js';

const manifest = {
  home: '/catalog',
  apps: [{ name: 'catalog', version: '1', entry: 'http://localhost:4202/catalog/', bffUrl: 'http://localhost:4002/graphql', baseroute: '/catalog' }],
};

function fakeDist(): string {
  const root = mkdtempSync(join(tmpdir(), 'shell-dist-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>shell</title><div id="app"></div>');
  return root;
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
});

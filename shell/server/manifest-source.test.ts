import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertManifestSource, createManifestReader, DEFAULT_MANIFEST_PATH, readManifestSource } from './manifest-source.js';

const manifest = {
  home: '/catalog',
  apps: [{ name: 'catalog', version: '0.1.0', entry: 'http://localhost:4202/catalog/', bffUrl: 'http://localhost:4002/graphql', baseroute: '/catalog' }],
};

function tempFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'shell-manifest-')), 'manifest.json');
  writeFileSync(path, content);
  return path;
}

describe('manifest source', () => {
  it('the committed default manifest is valid', () => {
    expect(() => assertManifestSource(DEFAULT_MANIFEST_PATH)).not.toThrow();
  });

  it('re-reads the file on every call, so an edit is a release', () => {
    const path = tempFile(JSON.stringify(manifest));
    const read = createManifestReader(path, () => undefined);
    expect(read()).toEqual(manifest);
    const released = { ...manifest, apps: [{ ...manifest.apps[0], version: '0.2.0' }] };
    writeFileSync(path, JSON.stringify(released));
    expect(read()).toEqual(released);
  });

  it('turns an unreadable or broken file into an error body', () => {
    expect(readManifestSource('/nonexistent/manifest.json')).toEqual({ error: 'manifest file /nonexistent/manifest.json cannot be read' });
    const path = tempFile('{ nope');
    expect(readManifestSource(path)).toEqual({ error: `manifest file ${path} is not valid JSON` });
  });

  it('fails fast at start with every problem listed', () => {
    expect(() => assertManifestSource({ home: '/x', apps: [] })).toThrow(/manifest.home "\/x" is not under any app's routes/);
  });

  it('logs an invalid manifest once per distinct problem', () => {
    const lines: string[] = [];
    const read = createManifestReader({ apps: 'x' }, (line) => lines.push(line));
    read();
    read();
    expect(lines).toEqual(['[shell] invalid manifest served: manifest.apps must be an array']);
  });
});

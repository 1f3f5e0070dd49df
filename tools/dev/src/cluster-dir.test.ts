import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clusterDirFor } from './cluster-dir.js';

const made: string[] = [];
afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function tempDir(mode: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'shop-cluster-dir-'));
  made.push(dir);
  await chmod(dir, mode);
  return dir;
}

describe('clusterDirFor', () => {
  it('keeps the cluster in the data dir when the postgres user can reach it', async () => {
    const open = await tempDir(0o755);
    await mkdir(join(open, '.data'));
    expect(await clusterDirFor(join(open, '.data'), true)).toBe(join(open, '.data', 'postgres'));
  });

  it('moves it to a stable folder under /var/tmp behind a private parent, as root', async () => {
    const closed = await tempDir(0o700);
    const first = await clusterDirFor(join(closed, '.data'), true, '/var/tmp');
    expect(first).toMatch(/^\/var\/tmp\/shop-postgres-[0-9a-f]{12}$/);
    expect(await clusterDirFor(join(closed, '.data'), true, '/var/tmp')).toBe(first);
  });

  it('never moves it when not root (the server runs as us)', async () => {
    const closed = await tempDir(0o700);
    expect(await clusterDirFor(join(closed, '.data'), false)).toBe(join(closed, '.data', 'postgres'));
  });
});

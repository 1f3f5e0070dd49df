import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearStaleCluster, findPgCtl, isProcessAlive, readPostmasterPid } from './stale-cluster.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'stale-cluster-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A pid that certainly belongs to no running process: a child that already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

describe('stale cluster detection', () => {
  it('reads the postmaster pid, or undefined without a pid file', async () => {
    expect(await readPostmasterPid(dir)).toBeUndefined();
    await writeFile(join(dir, 'postmaster.pid'), '4242\n/data\n1700000000\n5433\n');
    expect(await readPostmasterPid(dir)).toBe(4242);
    await writeFile(join(dir, 'postmaster.pid'), '');
    expect(await readPostmasterPid(dir)).toBe(0);
  });

  it('knows live from dead processes', async () => {
    expect(isProcessAlive(process.pid)).toBe(true);
    expect(isProcessAlive(await deadPid())).toBe(false);
    expect(isProcessAlive(0)).toBe(false);
  });

  it('removes the pid file of a dead postmaster and leaves a clean dir alone', async () => {
    expect(await clearStaleCluster(dir)).toBe('none');
    await writeFile(join(dir, 'postmaster.pid'), `${await deadPid()}\n${dir}\n`);
    expect(await clearStaleCluster(dir)).toBe('removed-pid-file');
    expect(await readdir(dir)).toEqual([]);
  });

  it('finds pg_ctl in the platform binary package', async () => {
    expect(await findPgCtl()).toMatch(/native\/bin\/pg_ctl$/);
  });
});

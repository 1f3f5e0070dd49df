import { spawn } from 'node:child_process';
import { access, mkdtemp, rm, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@shop/node-platform';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { isProcessAlive, readPostmasterPid } from '../db/stale-cluster.js';
import { sweepStaleTestClusters } from './stale-test-clusters.js';

let base: string;
beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'sweep-base-'));
  await chmod(base, 0o755);
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid ?? 0;
}

const exists = (path: string) => access(path).then(() => true, () => false);

describe('sweepStaleTestClusters', () => {
  it('stops and deletes clusters of dead test runs, keeps those of live ones', async () => {
    const dead = join(base, 'shop-test-pg-dead');
    const live = join(base, 'shop-test-pg-live');
    for (const dir of [dead, live]) await mkdir(dir, { recursive: true, mode: 0o755 });
    await writeFile(join(dead, 'owner.pid'), `${await deadPid()}\n`);
    await writeFile(join(live, 'owner.pid'), `${process.pid}\n`);
    // An orphaned cluster: running, but its owner is gone (we simply never stop it ourselves).
    await startEmbeddedPostgres({ dataDir: join(dead, 'data'), port: await findFreePort() });
    const postmaster = await readPostmasterPid(join(dead, 'data'));

    expect(await sweepStaleTestClusters(base)).toEqual([dead]);
    expect(await exists(dead)).toBe(false);
    expect(await exists(live)).toBe(true);
    expect(isProcessAlive(postmaster ?? 0)).toBe(false);
  });
});

import { mkdtemp, readdir, readFile, rm, chmod, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { canReach, type RunAs } from '../db/postgres-access.js';
import { postgresUserIds } from '../db/postgres-user.js';
import { clearStaleCluster, isProcessAlive } from '../db/stale-cluster.js';

const prefix = 'shop-test-pg-';

/**
 * Where test clusters go: the temp dir, unless (as root) the postgres user cannot enter it
 * (a private TMPDIR), then /var/tmp. Each run's cluster is deleted at teardown, and a killed
 * run's is swept by the next one.
 */
export async function testClusterBase(runAs?: RunAs, preferred = tmpdir()): Promise<string> {
  const ids = runAs ?? (await postgresUserIds());
  return (await canReach(join(preferred, prefix), ids)) ? preferred : '/var/tmp';
}

/** A temp home for a test cluster: `<root>/data` plus `<root>/owner.pid` naming this process. */
export async function createTestClusterDir(base?: string): Promise<{ root: string; dataDir: string }> {
  const root = await mkdtemp(join(base ?? (await testClusterBase()), prefix));
  // The server runs as the postgres user, which must be able to enter the (0700) temp dir.
  await chmod(root, 0o755);
  await writeFile(join(root, 'owner.pid'), `${process.pid}\n`);
  return { root, dataDir: join(root, 'data') };
}

/**
 * Removes test clusters whose vitest process died without teardown (SIGKILL, OOM): stops the
 * orphaned postmaster and deletes the directory. Clusters of live runs are left alone.
 */
export async function sweepStaleTestClusters(base?: string): Promise<string[]> {
  base ??= await testClusterBase();
  const swept: string[] = [];
  for (const name of await readdir(base).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const root = join(base, name);
    const owner = Number.parseInt(await readFile(join(root, 'owner.pid'), 'utf8').catch(() => ''), 10);
    if (!Number.isInteger(owner) || isProcessAlive(owner)) continue;
    try {
      await clearStaleCluster(join(root, 'data'), await postgresUserIds());
      await rm(root, { recursive: true, force: true });
      swept.push(root);
    } catch {
      // Best effort: a cluster we cannot stop must not fail this test run.
    }
  }
  return swept;
}

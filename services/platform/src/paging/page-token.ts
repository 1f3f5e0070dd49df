import { createHash } from 'node:crypto';
import { invalidArgument } from '../errors/domain-error.js';
import { isUuid } from '../validation/uuid.js';
import { isPgTimestamp } from './pg-timestamp.js';

// Keyset page tokens for listings ordered (created_at desc, id desc), the order every service's
// "newest first" list uses. A token is bound to the listing's filters, so it only continues the
// listing it came from.

/** Keyset position: the last row of the previous page, in (created_at desc, id desc) order. */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** The filter values a token is bound to, in a fixed order per listing (e.g. `[category, query]`). */
export type ListFilter = readonly (string | number | boolean)[];

interface TokenBody {
  c: string;
  i: string;
  f: string;
}

const maxTokenLength = 512;

/** A short stable hash of the filters (not secret: it only detects mismatched reuse). */
export function filterFingerprint(filter: ListFilter): string {
  return createHash('sha256')
    .update(JSON.stringify(filter))
    .digest('base64url')
    .slice(0, 16);
}

/** Encodes a cursor for `filter` into an opaque base64url page token. */
export function encodePageToken(cursor: Cursor, filter: ListFilter): string {
  const body: TokenBody = { c: cursor.createdAt, i: cursor.id, f: filterFingerprint(filter) };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

function invalidToken(): Error {
  return invalidArgument('page_token', 'page_token is invalid or belongs to a different query');
}

function parseBody(token: string): TokenBody | undefined {
  if (token.length > maxTokenLength || !/^[A-Za-z0-9_-]+$/.test(token)) return undefined;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { c, i, f } = value as Record<string, unknown>;
    if (typeof c !== 'string' || typeof i !== 'string' || typeof f !== 'string') return undefined;
    return { c, i, f };
  } catch {
    return undefined;
  }
}

/**
 * Decodes a page token for `filter`: '' → undefined (first page); garbage, a tampered cursor or
 * a token from another filter → INVALID_ARGUMENT on field page_token.
 */
export function decodePageToken(token: string, filter: ListFilter): Cursor | undefined {
  if (token === '') return undefined;
  const body = parseBody(token);
  if (!body || !isPgTimestamp(body.c) || !isUuid(body.i)) throw invalidToken();
  if (body.f !== filterFingerprint(filter)) throw invalidToken();
  return { createdAt: body.c, id: body.i };
}

import { userInputError } from '../graphql/error-codes.js';

/**
 * Relay connection cursors. A service pages with opaque tokens that exist only at page ends, so a
 * cursor is (token of the page the item came from, how many items of that page precede the
 * next one). Encoded base64url JSON; anything we did not issue fails `decodeCursor`.
 */
export interface CursorPosition {
  /** Service page token ('' = first page). */
  token: string;
  /** Items of that page to skip (0..99). */
  offset: number;
}

const MAX_TOKEN_LENGTH = 512;
const MAX_CURSOR_LENGTH = 1024;

// Lists hand out 20+ cursors per request over a few hot page tokens: encode each once.
const encoded = new Map<string, string>();
const MAX_ENCODED = 5000;

/** Encodes a position as an opaque cursor string. */
export function encodeCursor(position: CursorPosition): string {
  const key = `${position.offset}:${position.token}`;
  let cursor = encoded.get(key);
  if (cursor === undefined) {
    cursor = Buffer.from(JSON.stringify({ t: position.token, o: position.offset })).toString('base64url');
    if (encoded.size >= MAX_ENCODED) encoded.clear();
    encoded.set(key, cursor);
  }
  return cursor;
}

/** Decodes a cursor we issued; undefined for anything else (caller answers BAD_USER_INPUT). */
export function decodeCursor(cursor: string): CursorPosition | undefined {
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]+$/.test(cursor)) {
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { t, o } = value as { t?: unknown; o?: unknown };
  if (typeof t !== 'string' || t.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]*$/.test(t)) return undefined;
  if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || o > 99) return undefined;
  if (t === '' && o === 0) return undefined; // never issued: it would mean "no cursor"
  return { token: t, offset: o };
}

/**
 * Validates a Relay `after` argument: absent or '' → undefined; a cursor we issued → its
 * position; anything else → BAD_USER_INPUT naming `field`.
 */
export function decodeAfterArg(after: string | null | undefined, field = 'after'): CursorPosition | undefined {
  if (after == null || after === '') return undefined;
  const position = decodeCursor(after);
  if (!position) throw userInputError(`${field} is not a cursor from a previous page.`, field);
  return position;
}

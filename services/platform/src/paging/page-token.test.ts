import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors/domain-error.js';
import { decodePageToken, encodePageToken, filterFingerprint } from './page-token.js';

const cursor = { createdAt: '2026-01-03 09:00:00.123456+00', id: '5cd1d935-7670-47ca-ad7d-9bcaf290d9c5' };
const books = ['books', ''];

function expectInvalidToken(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ kind: 'INVALID_ARGUMENT', field: 'page_token' });
    return;
  }
  throw new Error('expected INVALID_ARGUMENT page_token');
}

describe('page tokens', () => {
  it('round-trips a cursor for the same filter, and is opaque base64url', () => {
    const token = encodePageToken(cursor, books);
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodePageToken(token, books)).toEqual(cursor);
  });

  it('means "first page" when empty', () => {
    expect(decodePageToken('', books)).toBeUndefined();
  });

  it('rejects a token used with another category or query', () => {
    const token = encodePageToken(cursor, books);
    expectInvalidToken(() => decodePageToken(token, ['outdoors', '']));
    expectInvalidToken(() => decodePageToken(token, ['books', 'x']));
    expectInvalidToken(() => decodePageToken(token, ['', '']));
  });

  it('keeps filters apart even when their concatenations collide', () => {
    expect(filterFingerprint(['ab', 'c'])).not.toBe(filterFingerprint(['a', 'bc']));
  });

  it('rejects garbage, tampered cursors and oversized tokens', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const f = filterFingerprint(books);
    for (const token of [
      'garbage!!',
      'bm90IGpzb24',
      encode(null),
      encode([1, 2]),
      encode({ c: cursor.createdAt, i: 'not-a-uuid', f }),
      encode({ c: "2026'; drop table products", i: cursor.id, f }),
      encode({ c: cursor.createdAt, i: cursor.id }),
      encode({ c: '2026-13-45 25:61:61+00', i: cursor.id, f }),
      encode({ c: '2026-02-30 00:00:00+00', i: cursor.id, f }),
      'A'.repeat(600),
    ]) {
      expectInvalidToken(() => decodePageToken(token, books));
    }
  });
});

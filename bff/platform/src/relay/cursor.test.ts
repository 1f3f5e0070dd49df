import { describe, expect, it } from 'vitest';
import { decodeAfterArg, decodeCursor, encodeCursor } from './cursor.js';

describe('cursor', () => {
  it('round-trips a position', () => {
    const position = { token: 'eyJjIjoiMjAyNi0wMS0wMyJ9', offset: 7 };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor(encodeCursor({ token: '', offset: 3 }))).toEqual({ token: '', offset: 3 });
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc$%^'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['wrong shape', Buffer.from('{"x":1}').toString('base64url')],
    ['offset out of range', Buffer.from('{"t":"a","o":100}').toString('base64url')],
    ['negative offset', Buffer.from('{"t":"a","o":-1}').toString('base64url')],
    ['fractional offset', Buffer.from('{"t":"a","o":1.5}').toString('base64url')],
    ['control characters in token', Buffer.from('{"t":"a\\n","o":1}').toString('base64url')],
    ['oversized token', Buffer.from(JSON.stringify({ t: 'a'.repeat(600), o: 0 })).toString('base64url')],
    ['the never-issued start position', Buffer.from('{"t":"","o":0}').toString('base64url')],
    ['oversized cursor', 'a'.repeat(5000)],
  ])('rejects %s', (_name, cursor) => {
    expect(decodeCursor(cursor)).toBeUndefined();
  });
});

describe('decodeAfterArg', () => {
  it('passes an absent or empty argument and decodes an issued cursor', () => {
    expect(decodeAfterArg(undefined)).toBeUndefined();
    expect(decodeAfterArg(null)).toBeUndefined();
    expect(decodeAfterArg('')).toBeUndefined();
    expect(decodeAfterArg(encodeCursor({ token: 't', offset: 2 }))).toEqual({ token: 't', offset: 2 });
  });

  it('refuses a foreign cursor with BAD_USER_INPUT naming the argument', () => {
    expect(() => decodeAfterArg('nope$', 'after')).toThrow(expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } }));
  });
});

import { describe, expect, it } from 'vitest';
import { findNulByteField } from './nul-bytes.js';

describe('findNulByteField', () => {
  it('names the snake_case field holding a NUL byte', () => {
    expect(findNulByteField({ pageSize: 5, pageToken: '', query: 'a\0b' })).toBe('query');
    expect(findNulByteField({ pageToken: '\0' })).toBe('page_token');
    expect(findNulByteField({ ids: ['x', 'y\0'] })).toBe('ids');
    expect(findNulByteField({ key: { $case: 'slug', value: 'oak\0' } })).toBe('slug');
    expect(findNulByteField({ address: { streetLine: '\0' } })).toBe('address.street_line');
  });

  it('passes clean requests, bytes fields and non-objects', () => {
    expect(findNulByteField({ pageSize: 5, query: 'a b', ids: ['1'], key: { $case: 'id', value: 'x' } })).toBeUndefined();
    expect(findNulByteField({ blob: new Uint8Array([0, 0]) })).toBeUndefined();
    expect(findNulByteField(undefined)).toBeUndefined();
    expect(findNulByteField({})).toBeUndefined();
  });
});

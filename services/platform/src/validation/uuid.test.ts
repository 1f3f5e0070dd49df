import { describe, expect, it } from 'vitest';
import { isUuid, validateUuid } from './uuid.js';

describe('uuid ids', () => {
  it('accepts canonical UUIDs in any case and lowercases them', () => {
    expect(validateUuid('5CD1D935-7670-47CA-AD7D-9BCAF290D9C5')).toBe('5cd1d935-7670-47ca-ad7d-9bcaf290d9c5');
    expect(isUuid('00000000-0000-0000-0000-000000000000')).toBe(true);
  });

  it.each(['', 'x', '5cd1d935767047caad7d9bcaf290d9c5', '{5cd1d935-7670-47ca-ad7d-9bcaf290d9c5}', '5cd1d935-7670-47ca-ad7d-9bcaf290d9c5\n'])(
    'refuses %j on the named field',
    (id) => {
      expect(() => validateUuid(id, 'user_id')).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT', field: 'user_id' }));
    },
  );
});

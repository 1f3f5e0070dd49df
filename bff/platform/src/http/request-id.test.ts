import { describe, expect, it } from 'vitest';
import { getRequestId, resolveRequestId, setRequestId } from './request-id.js';

describe('request id', () => {
  it('keeps a sane incoming id', () => {
    expect(resolveRequestId('0f8b2c1e-aaaa-bbbb-cccc-1234567890ab')).toBe('0f8b2c1e-aaaa-bbbb-cccc-1234567890ab');
    expect(resolveRequestId(['trace:abc.123_x', 'second'])).toBe('trace:abc.123_x');
  });

  it.each([undefined, null, '', 'short', '<script>x</script>', 'a'.repeat(129), 'has space inside', 'naïve-unicode-id'])(
    'replaces %j with a fresh UUID',
    (incoming) => {
      expect(resolveRequestId(incoming)).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('remembers the id on the request object', () => {
    const req = {};
    setRequestId(req, 'req-12345678');
    expect(getRequestId(req)).toBe('req-12345678');
    const other = {};
    expect(getRequestId(other)).toBe(getRequestId(other));
  });
});

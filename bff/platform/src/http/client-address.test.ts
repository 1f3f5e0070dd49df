import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clientAddress } from './client-address.js';

const req = (remoteAddress: string, xff?: string) =>
  ({ socket: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as IncomingMessage;

describe('clientAddress', () => {
  it('uses the socket peer (IPv4-mapped addresses unwrapped) and ignores X-Forwarded-For by default', () => {
    expect(clientAddress(req('::ffff:10.1.2.3', '203.0.113.1'))).toBe('10.1.2.3');
    expect(clientAddress(req('::1'))).toBe('::1');
  });

  it('takes the first X-Forwarded-For hop only with trustProxy, and only when it looks like an address', () => {
    expect(clientAddress(req('10.0.0.1', '203.0.113.1, 10.0.0.9'), true)).toBe('203.0.113.1');
    expect(clientAddress(req('10.0.0.1', 'evil<script>'), true)).toBe('10.0.0.1');
    expect(clientAddress(req('10.0.0.1'), true)).toBe('10.0.0.1');
  });
});

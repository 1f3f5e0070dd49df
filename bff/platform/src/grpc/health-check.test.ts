import { describe, expect, it } from 'vitest';
import { decodeHealthStatus, encodeHealthRequest } from './health-check.js';

describe('grpc health messages', () => {
  it('encodes the service name as field 1', () => {
    expect([...encodeHealthRequest({ service: 'ab' })]).toEqual([0x0a, 2, 0x61, 0x62]);
    expect(encodeHealthRequest({ service: '' })).toHaveLength(0);
  });

  it('decodes the status', () => {
    expect(decodeHealthStatus(Buffer.from([0x08, 1]))).toEqual({ status: 1 });
    expect(decodeHealthStatus(Buffer.from([0x08, 2]))).toEqual({ status: 2 });
    expect(decodeHealthStatus(Buffer.alloc(0))).toEqual({ status: 0 });
  });
});

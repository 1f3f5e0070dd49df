import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { frameMessage, statusFrom, unframeMessage } from './grpc-wire.js';

describe('gRPC wire helpers', () => {
  it('frames and unframes one message', () => {
    const frame = frameMessage(Buffer.from('abc'));
    expect([...frame.subarray(0, 5)]).toEqual([0, 0, 0, 0, 3]);
    expect(unframeMessage(frame)).toEqual(Buffer.from('abc'));
  });

  it('rejects truncated, compressed or multiple messages', () => {
    expect(typeof unframeMessage(Buffer.from([0, 0, 0]))).toBe('string');
    expect(typeof unframeMessage(Buffer.from([1, 0, 0, 0, 1, 9]))).toBe('string');
    expect(typeof unframeMessage(Buffer.concat([frameMessage(Buffer.from('a')), frameMessage(Buffer.from('b'))]))).toBe('string');
  });

  it('reads the status from trailers', () => {
    expect(statusFrom(200, { 'grpc-status': '0' })).toBeUndefined();
    const error = statusFrom(200, { 'grpc-status': '5', 'grpc-message': 'product%20not%20found', field: 'slug' });
    expect(error).toMatchObject({ code: status.NOT_FOUND, details: 'product not found' });
    expect(error?.metadata.get('field')).toEqual(['slug']);
  });

  it('maps HTTP failures and a missing status', () => {
    expect(statusFrom(503, {})?.code).toBe(status.UNAVAILABLE);
    expect(statusFrom(404, {})?.code).toBe(status.UNIMPLEMENTED);
    expect(statusFrom(200, {})?.code).toBe(status.UNKNOWN);
    expect(statusFrom(200, { 'grpc-status': '99' })?.code).toBe(status.UNKNOWN);
  });
});

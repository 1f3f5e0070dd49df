import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { DomainError, domainErrorKinds, invalidArgument, notFound } from './domain-error.js';
import { toGrpcStatus } from './to-grpc-status.js';

describe('toGrpcStatus', () => {
  it('maps every domain kind to the gRPC code of the same name', () => {
    for (const kind of domainErrorKinds) {
      expect(toGrpcStatus(new DomainError(kind, 'x')).code).toBe(status[kind]);
    }
  });

  it('keeps the message and puts the field into metadata', () => {
    const result = toGrpcStatus(invalidArgument('page_size', 'page_size must be between 1 and 100'));
    expect(result.code).toBe(status.INVALID_ARGUMENT);
    expect(result.details).toBe('page_size must be between 1 and 100');
    expect(result.metadata.get('field')).toEqual(['page_size']);
    expect(result.expected).toBe(true);
  });

  it('sends structured details as metadata beside the field', () => {
    const result = toGrpcStatus(new DomainError('FAILED_PRECONDITION', 'out of stock', 'lines', { 'out-of-stock-product-ids': 'a,b' }));
    expect(result.metadata.get('out-of-stock-product-ids')).toEqual(['a,b']);
    expect(result.metadata.get('field')).toEqual(['lines']);
  });

  it('sets no field metadata when the error has none', () => {
    expect(toGrpcStatus(notFound('product not found')).metadata.get('field')).toEqual([]);
  });

  it('masks unknown errors as INTERNAL without their message or stack', () => {
    for (const error of [new Error('connection refused at 10.0.0.3'), 'boom', undefined, { kind: 'NOT_FOUND' }]) {
      const result = toGrpcStatus(error);
      expect(result).toMatchObject({ code: status.INTERNAL, details: 'internal error', expected: false });
    }
  });

  it('does not trust a lookalike with an unknown kind', () => {
    const fake = Object.assign(new Error('x'), { name: 'DomainError', kind: 'TEAPOT' });
    expect(toGrpcStatus(fake).code).toBe(status.INTERNAL);
  });
});

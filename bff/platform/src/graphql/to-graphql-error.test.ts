import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { serviceError } from '../testing/service-error.js';
import { toGraphQLError } from './to-graphql-error.js';

describe('toGraphQLError', () => {
  it.each([
    [status.INVALID_ARGUMENT, 'BAD_USER_INPUT'],
    [status.NOT_FOUND, 'NOT_FOUND'],
    [status.ALREADY_EXISTS, 'CONFLICT'],
    [status.ABORTED, 'CONFLICT'],
    [status.FAILED_PRECONDITION, 'OUT_OF_STOCK'],
    [status.UNAUTHENTICATED, 'UNAUTHENTICATED'],
    [status.PERMISSION_DENIED, 'FORBIDDEN'],
    [status.RESOURCE_EXHAUSTED, 'RATE_LIMITED'],
    [status.UNAVAILABLE, 'UNAVAILABLE'],
    [status.DEADLINE_EXCEEDED, 'UNAVAILABLE'],
    [status.INTERNAL, 'INTERNAL'],
    [status.UNKNOWN, 'INTERNAL'],
    [status.DATA_LOSS, 'INTERNAL'],
  ])('maps gRPC status %i to %s', (code, expected) => {
    expect(toGraphQLError(serviceError(code, 'details')).extensions['code']).toBe(expected);
  });

  it('reads the reason of FAILED_PRECONDITION: out-of-stock is OUT_OF_STOCK with the product ids, any other reason CONFLICT', () => {
    const outOfStock = serviceError(status.FAILED_PRECONDITION, 'Only 2 left in stock.', 'quantity');
    outOfStock.metadata.set('reason', 'out-of-stock');
    outOfStock.metadata.set('out-of-stock-product-ids', 'p-1,p-2');
    expect(toGraphQLError(outOfStock).extensions).toEqual({ code: 'OUT_OF_STOCK', field: 'quantity', reason: 'out-of-stock', outOfStockProductIds: ['p-1', 'p-2'] });
    for (const reason of ['cart-changed', 'cart-not-ready', 'empty-cart', 'order-not-cancellable']) {
      const error = serviceError(status.FAILED_PRECONDITION, 'Review the cart.');
      error.metadata.set('reason', reason);
      if (reason === 'cart-not-ready') error.metadata.set('product-ids', 'p-3');
      expect(toGraphQLError(error).extensions).toMatchObject({ code: 'CONFLICT', reason });
    }
    const notReady = serviceError(status.FAILED_PRECONDITION, 'x');
    notReady.metadata.set('reason', 'cart-not-ready');
    notReady.metadata.set('product-ids', 'p-3');
    expect(toGraphQLError(notReady).extensions['productIds']).toEqual(['p-3']);
  });

  it('keeps the service message and copies the field from status metadata', () => {
    const error = toGraphQLError(serviceError(status.INVALID_ARGUMENT, 'page_size out of range', 'page_size'));
    expect(error.message).toBe('page_size out of range');
    expect(error.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'page_size' });
  });

  it.each([
    [status.UNAUTHENTICATED, 401],
    [status.PERMISSION_DENIED, 403],
    [status.RESOURCE_EXHAUSTED, 429],
  ])('gives gRPC status %i the HTTP status %i on both paths (never 401 for 403)', (code, http) => {
    expect(toGraphQLError(serviceError(code, 'details')).extensions['http']).toMatchObject({ status: http });
  });

  it('challenges a 401 with WWW-Authenticate: Bearer', () => {
    expect(toGraphQLError(serviceError(status.UNAUTHENTICATED, 'Session ended.')).extensions['http']).toEqual({
      status: 401,
      headers: { 'www-authenticate': 'Bearer' },
    });
  });

  it('masks the message of internal errors', () => {
    const error = toGraphQLError(serviceError(status.INTERNAL, 'relation "products" does not exist'));
    expect(error.message).toBe('Internal server error.');
    expect(JSON.stringify(error)).not.toContain('relation');
  });

  it('does not leak transport details for unavailability', () => {
    const error = toGraphQLError(serviceError(status.UNAVAILABLE, 'No connection established. Last error: ECONNREFUSED 127.0.0.1:1'));
    expect(error.message).not.toContain('127.0.0.1');
  });

  it('masks anything that is not a gRPC error', () => {
    expect(toGraphQLError(new TypeError('x is undefined')).extensions['code']).toBe('INTERNAL');
    expect(toGraphQLError('boom').message).toBe('Internal server error.');
  });
});

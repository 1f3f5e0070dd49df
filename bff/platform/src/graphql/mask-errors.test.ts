import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { isExpectedError, isGraphQLError, maskError, maskExecutionResult } from './mask-errors.js';

const located = (original: Error) => new GraphQLError(original.message, { path: ['a'], originalError: original });

describe('error masking', () => {
  it('keeps graphql request errors and coded errors', () => {
    expect(isExpectedError(new GraphQLError('Cannot query field "x"'))).toBe(true);
    const coded = new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } });
    expect(maskError(located(coded))).toMatchObject({ message: 'nope', extensions: { code: 'NOT_FOUND' } });
  });

  it('masks unexpected errors to INTERNAL, keeping the path but not the message', () => {
    const masked = maskError(located(new TypeError('cannot read properties of undefined')));
    expect(isGraphQLError(masked)).toBe(true);
    expect(masked.message).toBe('Internal server error.');
    expect((masked as GraphQLError).path).toEqual(['a']);
    expect((masked as GraphQLError).extensions).toEqual({ code: 'INTERNAL' });
    expect(maskError(new Error('raw')).message).toBe('Internal server error.');
  });

  it('logs each masked error once with the request id', () => {
    const logger = pino({ level: 'silent' });
    const spy = vi.spyOn(logger, 'error');
    const result = maskExecutionResult(
      { data: null, errors: [located(new Error('db down')), new GraphQLError('fine')] },
      'req-12345678',
      logger,
    );
    expect(result.errors?.map((e) => e.message)).toEqual(['Internal server error.', 'fine']);
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]?.[0]).toMatchObject({ request_id: 'req-12345678' });
  });

  it('returns the same result object when nothing needs masking', () => {
    const result = { data: { a: 1 } };
    expect(maskExecutionResult(result, undefined, pino({ level: 'silent' }))).toBe(result);
  });
});

describe('request errors without data', () => {
  it('types a variable that does not coerce as BAD_USER_INPUT', () => {
    const result = maskExecutionResult(
      { errors: [new GraphQLError('Variable "$n" got invalid value "x"; Int cannot represent non-integer value: "x"')] },
      'req-12345678',
      pino({ level: 'silent' }),
    );
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('keeps codes and leaves errors of executed requests alone', () => {
    const logger = pino({ level: 'silent' });
    const coded = new GraphQLError('x', { extensions: { code: 'QUERY_TOO_COMPLEX' } });
    expect(maskExecutionResult({ errors: [coded] }, undefined, logger).errors?.[0]).toBe(coded);
    const located = new GraphQLError('partial', { path: ['a'] });
    expect(maskExecutionResult({ data: { a: null }, errors: [located] }, undefined, logger).errors?.[0]).toBe(located);
  });
});

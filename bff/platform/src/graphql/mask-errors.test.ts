import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { isExpectedError, maskError, maskExecutionResult } from './mask-errors.js';

const located = (original: Error) => new GraphQLError(original.message, { path: ['a'], originalError: original });

describe('error masking', () => {
  it('keeps graphql request errors and coded errors', () => {
    expect(isExpectedError(new GraphQLError('Cannot query field "x"'))).toBe(true);
    const coded = new GraphQLError('nope', { extensions: { code: 'NOT_FOUND' } });
    expect(maskError(located(coded))).toMatchObject({ message: 'nope', extensions: { code: 'NOT_FOUND' } });
  });

  it('masks unexpected errors to INTERNAL, keeping the path but not the message', () => {
    const masked = maskError(located(new TypeError('cannot read properties of undefined')));
    expect(masked).toBeInstanceOf(GraphQLError);
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

import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { retryableDatabaseFailure } from './database-errors.js';
import { toGrpcStatus } from './to-grpc-status.js';

// Shaped like postgres.js errors: PostgresError carries the SQLSTATE in `code`, client-side
// failures carry CONNECTION_CLOSED & co.; drizzle wraps either in an error with `cause`.
const pgError = (code: string) => Object.assign(new Error(`server said ${code} at 10.0.0.3`), { code });
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select …'), { cause });

describe('retryableDatabaseFailure / toGrpcStatus for database errors', () => {
  it.each([
    ['08006', status.UNAVAILABLE],
    ['08003', status.UNAVAILABLE],
    ['08001', status.UNAVAILABLE],
    ['57P01', status.UNAVAILABLE],
    ['57P02', status.UNAVAILABLE],
    ['57P03', status.UNAVAILABLE],
    ['53300', status.UNAVAILABLE],
    ['CONNECTION_CLOSED', status.UNAVAILABLE],
    ['CONNECTION_ENDED', status.UNAVAILABLE],
    ['CONNECT_TIMEOUT', status.UNAVAILABLE],
    ['ECONNREFUSED', status.UNAVAILABLE],
    ['40001', status.ABORTED],
    ['40P01', status.ABORTED],
    ['57014', status.DEADLINE_EXCEEDED],
  ])('%s → %s, also when wrapped by drizzle, without the driver message', (code, expected) => {
    for (const error of [pgError(code), wrapped(pgError(code)), wrapped(wrapped(pgError(code)))]) {
      const result = toGrpcStatus(error);
      expect(result.code).toBe(expected);
      expect(result.details).not.toContain('10.0.0.3');
      expect(result).toMatchObject({ expected: true, transient: true });
    }
  });

  it('leaves other database errors INTERNAL (constraint violations, syntax errors, NUL bytes)', () => {
    for (const code of ['23505', '42601', '22021', '22P05', '0800', 'XX000', 'connection_closed']) {
      expect(retryableDatabaseFailure(pgError(code))).toBeUndefined();
      expect(toGrpcStatus(wrapped(pgError(code)))).toMatchObject({ code: status.INTERNAL, expected: false });
    }
  });

  it('does not loop on a cyclic cause chain', () => {
    const a = new Error('a') as Error & { cause?: unknown };
    a.cause = a;
    expect(retryableDatabaseFailure(a)).toBeUndefined();
  });
});

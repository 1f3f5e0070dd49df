import { status as GrpcStatus } from '@grpc/grpc-js';

/** A database failure the caller may retry, with the gRPC status that says so. */
export interface RetryableDatabaseFailure {
  code: GrpcStatus;
  details: string;
}

const unavailable: RetryableDatabaseFailure = {
  code: GrpcStatus.UNAVAILABLE,
  details: 'database unavailable, try again',
};
const conflict: RetryableDatabaseFailure = {
  code: GrpcStatus.ABORTED,
  details: 'concurrent update conflict, try again',
};
// A statement that ran past DB_STATEMENT_TIMEOUT_MS: retrying at once would repeat the same heavy
// work, so it is reported as the deadline it is (the BFF does not retry it), not as UNAVAILABLE.
const tooSlow: RetryableDatabaseFailure = {
  code: GrpcStatus.DEADLINE_EXCEEDED,
  details: 'database statement timed out',
};

// SQLSTATEs (https://www.postgresql.org/docs/current/errcodes-appendix.html).
const bySqlState: Record<string, RetryableDatabaseFailure> = {
  '57P01': unavailable, // admin_shutdown
  '57P02': unavailable, // crash_shutdown
  '57P03': unavailable, // cannot_connect_now (starting up, recovery)
  '53300': unavailable, // too_many_connections
  '40001': conflict, // serialization_failure
  '40P01': conflict, // deadlock_detected
  '57014': tooSlow, // query_canceled (statement_timeout)
};

// postgres.js's own codes and the socket errors it passes through.
const byClientCode: Record<string, RetryableDatabaseFailure> = {
  CONNECTION_CLOSED: unavailable,
  CONNECTION_ENDED: unavailable,
  CONNECTION_DESTROYED: unavailable,
  CONNECT_TIMEOUT: unavailable,
  ECONNREFUSED: unavailable,
  ECONNRESET: unavailable,
  EPIPE: unavailable,
  ETIMEDOUT: unavailable,
  EHOSTUNREACH: unavailable,
  ENOTFOUND: unavailable,
  EAI_AGAIN: unavailable,
};

function classify(code: string): RetryableDatabaseFailure | undefined {
  // Class 08: connection exceptions (connection lost, refused, protocol violation…).
  if (/^08[0-9A-Z]{3}$/.test(code)) return unavailable;
  return bySqlState[code] ?? byClientCode[code];
}

/**
 * Classifies a database error that means "try again" (connection lost, server shutting down,
 * too many connections, serialization conflict, statement timeout); undefined for anything
 * else. Follows `cause` chains, as drizzle wraps driver errors in a DrizzleQueryError.
 */
export function retryableDatabaseFailure(error: unknown): RetryableDatabaseFailure | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') {
      const found = classify(code);
      if (found) return found;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

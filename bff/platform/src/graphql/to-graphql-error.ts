import { status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import type { GraphQLError } from 'graphql';
import { codedError, ErrorCode, internalError } from './error-codes.js';

const CODE_BY_STATUS: Partial<Record<GrpcStatus, ErrorCode>> = {
  [GrpcStatus.INVALID_ARGUMENT]: ErrorCode.BadUserInput,
  [GrpcStatus.OUT_OF_RANGE]: ErrorCode.BadUserInput,
  [GrpcStatus.NOT_FOUND]: ErrorCode.NotFound,
  [GrpcStatus.ALREADY_EXISTS]: ErrorCode.Conflict,
  [GrpcStatus.ABORTED]: ErrorCode.Conflict,
  [GrpcStatus.FAILED_PRECONDITION]: ErrorCode.OutOfStock,
  [GrpcStatus.UNAUTHENTICATED]: ErrorCode.Unauthenticated,
  [GrpcStatus.PERMISSION_DENIED]: ErrorCode.Forbidden,
  [GrpcStatus.RESOURCE_EXHAUSTED]: ErrorCode.RateLimited,
  [GrpcStatus.UNAVAILABLE]: ErrorCode.Unavailable,
  [GrpcStatus.DEADLINE_EXCEEDED]: ErrorCode.Unavailable,
};

const PUBLIC_MESSAGE: Partial<Record<ErrorCode, string>> = {
  [ErrorCode.Unavailable]: 'The service is temporarily unavailable. Please retry.',
};

// The HTTP answer both paths give when such an error is in the result (401 ≠ 403, never
// confused; a 401 always carries a challenge, RFC 9110 §15.5.2).
const HTTP: Partial<Record<ErrorCode, { status: number; headers?: Record<string, string> }>> = {
  [ErrorCode.Unauthenticated]: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
  [ErrorCode.Forbidden]: { status: 403 },
  [ErrorCode.RateLimited]: { status: 429 },
};

/** True when `error` looks like a grpc-js ServiceError (numeric `code` + `details`). */
export function isServiceError(error: unknown): error is ServiceError {
  return (
    error instanceof Error &&
    typeof (error as Partial<ServiceError>).code === 'number' &&
    'details' in error
  );
}

/**
 * THE mapping from a gRPC status to a GraphQL error (one place for every BFF).
 * Known statuses keep the service's message (services send user-safe details) and get
 * `extensions.code` (+ `extensions.field` from status metadata `field`); anything else
 * becomes a masked INTERNAL. Callers log the original when `code` is INTERNAL.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (!isServiceError(error)) return internalError();
  const code = CODE_BY_STATUS[error.code as GrpcStatus];
  if (code === undefined) return internalError();
  const field = error.metadata?.get('field')[0];
  const message = PUBLIC_MESSAGE[code] ?? (error.details || code);
  const mapped = codedError(code, message, typeof field === 'string' && field ? field : undefined);
  const http = HTTP[code];
  if (http !== undefined) (mapped.extensions as Record<string, unknown>)['http'] = http;
  return mapped;
}

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
 * FAILED_PRECONDITION carries its `reason` in metadata: only `out-of-stock` (and the catalog's
 * reservation refusals, which send no reason) is OUT_OF_STOCK; any other reason (cart-changed,
 * cart-not-ready, empty-cart, order-not-cancellable, …) is a CONFLICT the client resolves by
 * re-reading. Metadata keys that help the client act are copied into extensions (camelCase).
 */
const REASON_DETAILS: Record<string, string> = {
  'out-of-stock-product-ids': 'outOfStockProductIds',
  'product-ids': 'productIds',
};

function preconditionCode(reason: string | undefined): ErrorCode {
  return reason === undefined || reason === 'out-of-stock' ? ErrorCode.OutOfStock : ErrorCode.Conflict;
}

function metadataText(error: ServiceError, key: string): string | undefined {
  const value = error.metadata?.get(key)[0];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * THE mapping from a gRPC status to a GraphQL error (one place for every BFF).
 * Known statuses keep the service's message (services send user-safe details) and get
 * `extensions.code` (+ `extensions.field` from status metadata `field`); anything else
 * becomes a masked INTERNAL. Callers log the original when `code` is INTERNAL.
 */
export function toGraphQLError(error: unknown): GraphQLError {
  if (!isServiceError(error)) return internalError();
  const reason = metadataText(error, 'reason');
  const code = error.code === GrpcStatus.FAILED_PRECONDITION ? preconditionCode(reason) : CODE_BY_STATUS[error.code as GrpcStatus];
  if (code === undefined) return internalError();
  const message = PUBLIC_MESSAGE[code] ?? (error.details || code);
  const mapped = codedError(code, message, metadataText(error, 'field'));
  const extensions = mapped.extensions as Record<string, unknown>;
  if (reason !== undefined) extensions['reason'] = reason;
  for (const [key, name] of Object.entries(REASON_DETAILS)) {
    const ids = metadataText(error, key);
    if (ids !== undefined) extensions[name] = ids.split(',');
  }
  const http = HTTP[code];
  if (http !== undefined) extensions['http'] = http;
  return mapped;
}

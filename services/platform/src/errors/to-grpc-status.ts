import { Metadata, status as GrpcStatus } from '@grpc/grpc-js';
import { retryableDatabaseFailure } from './database-errors.js';
import { isDomainError, type DomainErrorKind } from './domain-error.js';

const codeByKind: Record<DomainErrorKind, GrpcStatus> = {
  INVALID_ARGUMENT: GrpcStatus.INVALID_ARGUMENT,
  NOT_FOUND: GrpcStatus.NOT_FOUND,
  ALREADY_EXISTS: GrpcStatus.ALREADY_EXISTS,
  FAILED_PRECONDITION: GrpcStatus.FAILED_PRECONDITION,
  ABORTED: GrpcStatus.ABORTED,
  UNAUTHENTICATED: GrpcStatus.UNAUTHENTICATED,
  PERMISSION_DENIED: GrpcStatus.PERMISSION_DENIED,
  RESOURCE_EXHAUSTED: GrpcStatus.RESOURCE_EXHAUSTED,
  UNAVAILABLE: GrpcStatus.UNAVAILABLE,
  DEADLINE_EXCEEDED: GrpcStatus.DEADLINE_EXCEEDED,
};

/** A gRPC status ready to hand to a grpc-js callback. */
export interface GrpcStatusObject {
  code: GrpcStatus;
  details: string;
  metadata: Metadata;
  /**
   * False when the error was unexpected and masked (it must then be logged). A retryable
   * database failure is expected but worth a warning: `transient` is true for it.
   */
  expected: boolean;
  transient?: boolean;
}

/**
 * THE mapping from errors to gRPC statuses: a DomainError keeps its message and puts its
 * field into metadata `field`; a database failure that means "try again" becomes UNAVAILABLE,
 * ABORTED or DEADLINE_EXCEEDED (see database-errors.ts); anything else becomes INTERNAL
 * "internal error" (never a message or stack of the cause).
 */
export function toGrpcStatus(error: unknown): GrpcStatusObject {
  const metadata = new Metadata();
  if (isDomainError(error)) {
    if (error.field) metadata.set('field', error.field);
    for (const [key, value] of Object.entries(error.details ?? {})) metadata.set(key, value);
    return { code: codeByKind[error.kind], details: error.message, metadata, expected: true };
  }
  const retryable = retryableDatabaseFailure(error);
  if (retryable) return { ...retryable, metadata, expected: true, transient: true };
  return { code: GrpcStatus.INTERNAL, details: 'internal error', metadata, expected: false };
}

/** Kinds of expected failures a domain can report; each maps to one gRPC status code. */
export const domainErrorKinds = [
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'FAILED_PRECONDITION',
  'ABORTED',
  'UNAUTHENTICATED',
  'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED',
  'UNAVAILABLE',
  'DEADLINE_EXCEEDED',
] as const;

export type DomainErrorKind = (typeof domainErrorKinds)[number];

/**
 * An expected failure whose message is safe to show to the caller. `field` names the request
 * field at fault (snake_case, as on the wire) for INVALID_ARGUMENT and similar.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    message: string,
    readonly field?: string,
    /** Extra structured detail for the caller, sent as gRPC metadata (keys lowercase). */
    readonly details?: Readonly<Record<string, string>>,
  ) {
    super(message);
  }
}

/** A request field is malformed or out of range. */
export function invalidArgument(field: string, message: string): DomainError {
  return new DomainError('INVALID_ARGUMENT', message, field);
}

/** The addressed entity does not exist. */
export function notFound(message: string, field?: string): DomainError {
  return new DomainError('NOT_FOUND', message, field);
}

/** The caller's deadline passed before the work was done (or started). */
export function deadlineExceeded(message = 'deadline exceeded before the request was handled'): DomainError {
  return new DomainError('DEADLINE_EXCEEDED', message);
}

/** Too much work is already queued; the caller should back off and retry later. */
export function resourceExhausted(message: string): DomainError {
  return new DomainError('RESOURCE_EXHAUSTED', message);
}

/** True for DomainError instances (also across duplicated module copies). */
export function isDomainError(error: unknown): error is DomainError {
  return (
    error instanceof DomainError ||
    (error instanceof Error &&
      error.name === 'DomainError' &&
      domainErrorKinds.includes((error as DomainError).kind))
  );
}

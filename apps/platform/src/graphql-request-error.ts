/** `extensions.code` values the BFFs emit (DESIGN.md "Errors"), plus what the client adds. */
export type GraphQLErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'OUT_OF_STOCK'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

const KNOWN: ReadonlySet<string> = new Set<GraphQLErrorCode>([
  'BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'OUT_OF_STOCK', 'UNAUTHENTICATED',
  'FORBIDDEN', 'RATE_LIMITED', 'UNAVAILABLE', 'INTERNAL',
]);

/** Narrows any string to a known code; unknown codes become `INTERNAL`. */
export function toErrorCode(value: unknown): GraphQLErrorCode {
  if (value === 'GRAPHQL_VALIDATION_FAILED' || value === 'GRAPHQL_PARSE_FAILED') return 'BAD_USER_INPUT';
  return typeof value === 'string' && KNOWN.has(value) ? (value as GraphQLErrorCode) : 'INTERNAL';
}

/** A failed GraphQL request, typed by the BFF's `extensions.code`. */
export class GraphQLRequestError extends Error {
  override readonly name = 'GraphQLRequestError';
  readonly code: GraphQLErrorCode;
  /** The input field a `BAD_USER_INPUT` error is about, when the BFF names one. */
  readonly field?: string;
  /** The `x-request-id` the request was sent with, for support and logs. */
  readonly requestId?: string;

  constructor(init: { code: GraphQLErrorCode; message: string; field?: string; requestId?: string }) {
    super(init.message);
    this.code = init.code;
    this.field = init.field;
    this.requestId = init.requestId;
  }
}

/** True for errors a user can meaningfully retry (network, overload). */
export function isRetryable(error: unknown): boolean {
  return error instanceof GraphQLRequestError && (error.code === 'UNAVAILABLE' || error.code === 'RATE_LIMITED');
}

import type { GraphQLError as GraphQLErrorType } from 'graphql';
import { graphqlRuntime } from './graphql-runtime.js';

// yoga's copy of graphql: its status rules recognise only its own GraphQLError class.
const { GraphQLError } = graphqlRuntime;
type GraphQLError = GraphQLErrorType;

/** Every `extensions.code` a BFF may answer with (DESIGN.md "Errors"). */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  BadRequest: 'BAD_REQUEST',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE',
  QueryTooComplex: 'QUERY_TOO_COMPLEX',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  NotFound: 'NOT_FOUND',
  Conflict: 'CONFLICT',
  OutOfStock: 'OUT_OF_STOCK',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  RateLimited: 'RATE_LIMITED',
  Unavailable: 'UNAVAILABLE',
  Internal: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The message every masked (unexpected) error carries. */
export const INTERNAL_MESSAGE = 'Internal server error.';

/** A user mistake in an argument, raised at the GraphQL edge before any gRPC call. */
export function userInputError(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BadUserInput, field } });
}

/** A GraphQL error with a typed code (and optional field). */
export function codedError(code: ErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: field ? { code, field } : { code } });
}

/** The masked error clients see for anything unexpected. */
export function internalError(): GraphQLError {
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: ErrorCode.Internal } });
}

/** A request over a limit: typed code, HTTP 400 whatever the Accept header. */
export function queryTooComplexError(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.QueryTooComplex, http: { status: 400, spec: false } },
  });
}

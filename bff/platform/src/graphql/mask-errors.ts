import type { ExecutionResult, GraphQLError as GraphQLErrorType } from 'graphql';
import type { Logger } from '@shop/node-platform';
import { ErrorCode, INTERNAL_MESSAGE } from './error-codes.js';
import { graphqlRuntime } from './graphql-runtime.js';

const { GraphQLError } = graphqlRuntime;
type GraphQLError = GraphQLErrorType;

/**
 * True for a GraphQLError from any copy of graphql (yoga, armor and we may load the cjs and
 * the esm build side by side, so instanceof is not reliable).
 */
export function isGraphQLError(error: unknown): error is GraphQLError {
  return Object.prototype.toString.call(error) === '[object GraphQLError]';
}

function hasCode(error: unknown): boolean {
  return isGraphQLError(error) && typeof error.extensions?.['code'] === 'string';
}

/**
 * True for errors a client may see as they are: graphql's own request errors (syntax,
 * validation, variable coercion: no original error) and errors we raised with a code.
 */
export function isExpectedError(error: GraphQLError): boolean {
  if (hasCode(error)) return true;
  const original = error.originalError;
  if (original == null) return true;
  return hasCode(original);
}

/** Replaces an unexpected error by the masked INTERNAL one, keeping location and path. */
export function maskError(error: unknown): Error {
  if (isGraphQLError(error)) {
    if (isExpectedError(error)) {
      // A coded original wrapped by graphql's locatedError: surface its code on the outer error.
      const original = error.originalError;
      if (!hasCode(error) && isGraphQLError(original)) {
        return new GraphQLError(error.message, {
          nodes: error.nodes,
          source: error.source,
          positions: error.positions,
          path: error.path,
          originalError: original,
          extensions: { ...original.extensions, ...error.extensions },
        });
      }
      return error;
    }
    return new GraphQLError(INTERNAL_MESSAGE, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: { code: ErrorCode.Internal },
    });
  }
  return new GraphQLError(INTERNAL_MESSAGE, { extensions: { code: ErrorCode.Internal } });
}

/** A request error graphql left without a code (a variable that does not coerce) → BAD_USER_INPUT. */
function asUserInputError(error: Error): Error {
  if (!isGraphQLError(error) || hasCode(error)) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code: ErrorCode.BadUserInput },
  });
}

/**
 * Masks the unexpected errors of an execution result and logs each original with the
 * request id (once, here; yoga's own masking then sees only expected errors).
 */
export function maskExecutionResult<R extends ExecutionResult>(
  result: R,
  requestId: string | undefined,
  logger: Logger,
): R {
  const errors = result.errors;
  if (!errors?.length) return result;
  // No data at all: graphql refused the request before executing (variable coercion).
  const refused = result.data === undefined;
  let changed = false;
  const masked = errors.map((error) => {
    const next = refused ? asUserInputError(maskError(error)) : maskError(error);
    if (next !== error) {
      changed = true;
      if (!isExpectedError(error)) {
        logger.error(
          { request_id: requestId, err: error.originalError ?? error, path: error.path },
          'unexpected error while resolving',
        );
      }
    }
    return next as GraphQLError;
  });
  return changed ? { ...result, errors: masked } : result;
}

// Integration-test helper: start the parts of a stack (test database, services, the BFF) in
// order, each registering how it stops; a failed start stops what already runs.
import { postGraphQL } from './post-graphql.js';

/** A GraphQL response body. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** POSTs a GraphQL request; returns status, headers and parsed JSON. */
export type GqlRequest = (
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<{ status: number; headers: Headers; body: GraphQLBody }>;

/** A GraphQL requester for the BFF at `baseUrl` (its /graphql). */
export function graphqlRequester(baseUrl: string): GqlRequest {
  return async (query, variables, headers = {}) => {
    const answer = await postGraphQL(`${baseUrl}/graphql`, { query, variables }, headers);
    return { status: answer.status, headers: answer.headers, body: JSON.parse(answer.text) as GraphQLBody };
  };
}

/** Registers how a started part stops (called in reverse order of registration). */
export type Defer = (stop: () => Promise<void> | void) => void;

/**
 * Runs `start`, which starts the parts and registers each one's stop with `defer`; returns
 * its result plus `stop()` (reverse order, each step even if one fails). If `start` throws,
 * what already started is stopped and the error rethrown.
 */
export async function startInProcessStack<T extends object>(start: (defer: Defer) => Promise<T>): Promise<T & { stop(): Promise<void> }> {
  const stops: Array<() => Promise<void> | void> = [];
  let stopping: Promise<void> | undefined;
  const stopAll = () =>
    (stopping ??= (async () => {
      const errors: unknown[] = [];
      for (const step of stops.reverse()) await Promise.resolve().then(step).catch((error: unknown) => errors.push(error));
      if (errors.length > 0) throw new AggregateError(errors, 'stack stop failed');
    })());
  try {
    const parts = await start((stop) => stops.push(stop));
    return Object.assign(parts, { stop: stopAll });
  } catch (error) {
    await stopAll().catch(() => undefined);
    throw error;
  }
}

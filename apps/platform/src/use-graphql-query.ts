import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { GraphQLRequestError } from './graphql-request-error.js';
import { useGraphQLClient } from './graphql-client-injection.js';

/** Reactive state of one query. */
export interface GraphQLQueryState<TResult> {
  data: ShallowRef<TResult | undefined>;
  error: ShallowRef<GraphQLRequestError | undefined>;
  loading: Ref<boolean>;
  /** Runs the query again with the current variables (e.g. from a Retry button). */
  refetch(): Promise<void>;
}

/**
 * Runs `document` whenever `variables()` changes (by value), cancelling the request it replaces,
 * so a slow old answer never overwrites a newer one. `undefined` variables pause the query.
 */
export function useGraphQLQuery<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: () => TVariables | undefined,
): GraphQLQueryState<TResult> {
  const client = useGraphQLClient();
  const data = shallowRef<TResult>();
  const error = shallowRef<GraphQLRequestError>();
  const loading = shallowRef(false);
  let controller: AbortController | undefined;

  async function run(vars: TVariables | undefined): Promise<void> {
    controller?.abort();
    if (vars === undefined) return;
    const current = new AbortController();
    controller = current;
    loading.value = true;
    error.value = undefined;
    try {
      const result = await client.request(document, vars, { signal: current.signal });
      if (current.signal.aborted) return;
      data.value = result;
    } catch (cause) {
      if (current.signal.aborted) return;
      data.value = undefined;
      error.value =
        cause instanceof GraphQLRequestError
          ? cause
          : new GraphQLRequestError({ code: 'INTERNAL', message: 'Something went wrong. Please try again.' });
    } finally {
      if (controller === current) loading.value = false;
    }
  }

  // Compare by value: a new object with the same variables must not refetch.
  watch(() => JSON.stringify(variables() ?? null), () => void run(variables()), { immediate: true });
  onScopeDispose(() => controller?.abort());

  return { data, error, loading, refetch: () => run(variables()) };
}

// GraphQL subscriptions over SSE as graphql-yoga serves them (graphql-sse "distinct connections"
// mode: a POST with Accept: text/event-stream, answered with `event: next` / `event: complete`).
// One request per subscription; there is no resume (no `id:`/Last-Event-ID): on any end other than
// `complete` the caller re-reads the state and subscribes again.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { GraphQLRequestError, toErrorCode } from './graphql-request-error.js';
import { newRequestId } from './request-id.js';

export interface SseSubscriptionOptions {
  /** The BFF's /graphql URL. */
  url: string;
  headers?: Record<string, string | undefined>;
  /** Aborting closes the stream (the BFF then cancels its upstream). */
  signal: AbortSignal;
  /**
   * A stream silent this long is taken as lost (UNAVAILABLE). Yoga pings every 12 s, so only a
   * dead path (a laptop that slept, a dropped NAT entry) is this quiet; default 30 s.
   */
  idleTimeoutMs?: number;
  fetch?: typeof fetch;
}

type Payload<T> = { data?: T | null; errors?: Array<{ message?: string; extensions?: { code?: unknown; field?: unknown } }> };

function failure(payload: Payload<unknown>, requestId: string): GraphQLRequestError {
  const first = payload.errors?.[0];
  return new GraphQLRequestError({ code: toErrorCode(first?.extensions?.code), message: first?.message ?? 'The live update failed.', requestId });
}

/**
 * Runs a subscription, calling `onNext` for every result; resolves when the server completes the
 * stream, rejects with GraphQLRequestError on an error result, a refused request or a lost
 * connection (UNAVAILABLE).
 */
export async function subscribeOverSse<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  options: SseSubscriptionOptions,
  onNext: (data: TResult) => void,
): Promise<void> {
  const requestId = newRequestId();
  const headers: Record<string, string> = { 'Content-Type': 'application/json', Accept: 'text/event-stream', 'x-request-id': requestId };
  for (const [name, value] of Object.entries(options.headers ?? {})) if (value !== undefined) headers[name] = value;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(options.url, { method: 'POST', headers, body: JSON.stringify({ query: print(document), variables }), signal: options.signal });
  } catch {
    throw new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'The live update could not connect.', requestId });
  }
  if (!response.ok || !response.body || !response.headers.get('content-type')?.includes('text/event-stream')) {
    const payload = (await response.json().catch(() => ({}))) as Payload<unknown>;
    throw payload.errors ? failure(payload, requestId) : new GraphQLRequestError({ code: response.status === 401 ? 'UNAUTHENTICATED' : 'UNAVAILABLE', message: 'The live update was refused.', requestId });
  }
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  // A half-open connection never errors: cancelling the silent reader ends the read below.
  let idle: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    clearTimeout(idle);
    idle = setTimeout(() => void reader.cancel().catch(() => undefined), options.idleTimeoutMs ?? 30_000);
  };
  let buffer = '';
  try {
    for (;;) {
      watch();
      const { done, value } = await reader.read();
      if (done) throw new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'The live update was interrupted.', requestId });
      buffer += value;
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: ?(.*)$/m.exec(block)?.[1];
        const data = /^data: ?(.*)$/m.exec(block)?.[1];
        if (event === 'complete') return;
        if (event !== 'next' || !data) continue;
        const payload = JSON.parse(data) as Payload<TResult>;
        if (payload.errors?.length) throw failure(payload, requestId);
        if (payload.data) onNext(payload.data);
      }
    }
  } catch (error) {
    if (error instanceof GraphQLRequestError) throw error;
    throw new GraphQLRequestError({ code: 'UNAVAILABLE', message: 'The live update was interrupted.', requestId });
  } finally {
    clearTimeout(idle);
    // Close the connection on every way out (an error result, a bad event), not only on abort.
    await reader.cancel().catch(() => undefined);
  }
}

import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { GraphQLRequestError, toErrorCode, type GraphQLErrorCode } from './graphql-request-error.js';
import { newRequestId } from './request-id.js';

/** Options of `createGraphQLClient`. */
export interface GraphQLClientOptions {
  /** Absolute URL of the BFF's `/graphql`. */
  url: string;
  /** Extra headers per request, e.g. `Authorization` from the shell's session. */
  headers?: () => Record<string, string | undefined>;
  /** `include` for a BFF that keeps a cookie (the user BFF's refresh cookie); default `same-origin`. */
  credentials?: RequestCredentials;
  fetch?: typeof fetch;
}

/** Per-request options. */
export interface GraphQLRequestOptions {
  signal?: AbortSignal;
  /** Headers for this request only; they win over the client's. */
  headers?: Record<string, string>;
  /** `false`: an UNAUTHENTICATED answer is final (no refresh and retry), e.g. for login. Default true. */
  refreshOnUnauthenticated?: boolean;
}

/** A typed GraphQL client for one BFF. */
export interface GraphQLClient {
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    options?: GraphQLRequestOptions,
  ): Promise<TResult>;
}

interface GraphQLResponseBody<TResult> {
  data?: TResult | null;
  errors?: Array<{ message?: string; extensions?: { code?: unknown; field?: unknown } }>;
}

// Documents are module constants: print each once.
const printed = new WeakMap<DocumentNode, string>();

function queryText(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

function codeForStatus(status: number): GraphQLErrorCode {
  if (status === 429) return 'RATE_LIMITED';
  if (status === 502 || status === 503 || status === 504) return 'UNAVAILABLE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  return 'INTERNAL';
}

/**
 * Creates a client that POSTs typed documents to the BFF with an `x-request-id`, returns `data`,
 * and throws `GraphQLRequestError` (code from `extensions.code`; `UNAVAILABLE` when unreachable).
 */
export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));

  async function request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables: TVariables,
    requestOptions?: GraphQLRequestOptions,
  ): Promise<TResult> {
    const requestId = newRequestId();
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      'x-request-id': requestId,
    };
    for (const [name, value] of Object.entries({ ...options.headers?.(), ...requestOptions?.headers })) {
      if (value !== undefined) headers[name] = value;
    }
    let response: Response;
    try {
      response = await fetchImpl(options.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query: queryText(document), variables }),
        signal: requestOptions?.signal,
        ...(options.credentials ? { credentials: options.credentials } : {}),
      });
    } catch (cause) {
      if (requestOptions?.signal?.aborted) throw cause; // the caller gave up; not an outage
      throw new GraphQLRequestError({ code: 'UNAVAILABLE', message: UNREACHABLE, requestId });
    }
    const body = await readBody<TResult>(response);
    const first = body?.errors?.[0];
    if (first) {
      const field = first.extensions?.field;
      throw new GraphQLRequestError({
        code: toErrorCode(first.extensions?.code),
        message: first.message ?? 'Request failed',
        field: typeof field === 'string' ? field : undefined,
        requestId,
      });
    }
    if (!response.ok || body?.data == null) {
      const message = `Request failed (HTTP ${response.status})`;
      throw new GraphQLRequestError({ code: codeForStatus(response.status), message, requestId });
    }
    return body.data;
  }

  return { request };
}

const UNREACHABLE = 'The service is unreachable. Check your connection and try again.';

async function readBody<TResult>(response: Response): Promise<GraphQLResponseBody<TResult> | undefined> {
  try {
    return (await response.json()) as GraphQLResponseBody<TResult>;
  } catch {
    return undefined; // a proxy's HTML error page, an empty 502…: judged by the status instead
  }
}

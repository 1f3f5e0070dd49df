import type { IncomingMessage, ServerResponse } from 'node:http';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { regularMediaType } from './accept.js';
import type { BaseContext, ContextFactory, NodeServerContext } from './create-yoga.js';
import { maskExecutionResult } from './mask-errors.js';

/** A POST body already parsed from JSON. */
export type JsonBody = unknown;

interface GraphQLParams {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const ALLOWED_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The params when the body is exactly what the fast path serves; else undefined (→ yoga). */
function toParams(body: JsonBody): GraphQLParams | undefined {
  if (!isPlainObject(body)) return undefined;
  for (const key in body) if (!ALLOWED_KEYS.has(key)) return undefined;
  const { query, variables, operationName, extensions } = body;
  if (typeof query !== 'string' || extensions != null) return undefined;
  if (variables != null && !isPlainObject(variables)) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}

/** Options of the fast path; it shares yoga's schema, plugins (limits) and masking. */
export interface FastPathOptions<C extends BaseContext> {
  yoga: YogaServerInstance<NodeServerContext, C>;
  createContext: ContextFactory<C>;
  logger: Logger;
  maxEntries?: number;
}

/**
 * Serves POST JSON queries that parse and validate cleanly without yoga's per-request
 * machinery: one cache per (operationName, query) of the validated, jit-compiled operation.
 * Returns false (nothing written) for everything else, which then goes to yoga — so every
 * request error comes from yoga itself, and execution errors go through yoga's own result
 * processor (identical status, headers and body).
 */
export function createFastPath<C extends BaseContext>(options: FastPathOptions<C>) {
  const { yoga, createContext, logger } = options;
  const maxEntries = options.maxEntries ?? 1000;
  // null = "yoga must answer this one" (request error, subscription, jit refusal).
  const cache = new Map<string, CompiledQuery | null>();

  function compile(params: GraphQLParams): CompiledQuery | null {
    // The same initial context yoga's own request has for these hooks: its parse hooks mark
    // syntax errors (code, HTTP status) only when they see a request, and cache the result.
    const initial = { request: { method: 'POST' }, params };
    const { parse, validate, schema } = yoga.getEnveloped(initial as never);
    let document: DocumentNode;
    try {
      document = parse(params.query);
      if (validate(schema, document).length > 0) return null;
    } catch {
      return null; // yoga reports it
    }
    const operation = getOperationAST(document, params.operationName);
    if (!operation || operation.operation === 'subscription') return null;
    const compiled = compileQuery(schema, document, params.operationName);
    return isCompiledQuery(compiled) ? compiled : null;
  }

  function lookup(params: GraphQLParams): CompiledQuery | null {
    const key = params.operationName ? `${params.operationName}\n${params.query}` : params.query;
    let entry = cache.get(key);
    if (entry === undefined) {
      entry = compile(params);
      if (cache.size >= maxEntries) cache.delete(cache.keys().next().value as string);
      cache.set(key, entry);
    }
    return entry;
  }

  async function writeErrors(
    res: ServerResponse,
    result: ExecutionResult,
    mediaType: string,
    requestId: string,
  ): Promise<void> {
    const masked = maskExecutionResult(result, requestId, logger);
    const response = processRegularResult(masked, yoga.fetchAPI, mediaType);
    const body = await response.text();
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.setHeader('content-length', Buffer.byteLength(body));
    res.end(body);
  }

  /** Tries to answer the request; false when it must go to yoga (nothing written then). */
  return async function tryFastPath(
    req: IncomingMessage,
    res: ServerResponse,
    body: JsonBody,
    requestId: string,
  ): Promise<boolean> {
    const mediaType = regularMediaType(req.headers.accept);
    if (mediaType === null) return false;
    const params = toParams(body);
    if (!params) return false;
    const compiled = lookup(params);
    if (compiled === null) return false;
    const context = createContext({ requestId, req });
    const result = await compiled.query(undefined, context, params.variables);
    if (result.errors?.length) {
      await writeErrors(res, result, mediaType, requestId);
      return true;
    }
    // Encode once: the length and the bytes written come from the same buffer.
    const payload = Buffer.from(compiled.stringify(result), 'utf8');
    res.statusCode = 200;
    res.setHeader('content-type', `${mediaType}; charset=utf-8`);
    res.setHeader('content-length', payload.length);
    res.end(payload);
    return true;
  };
}

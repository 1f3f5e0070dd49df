import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CompiledQuery } from 'graphql-jit';
import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import { processRegularResult, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { regularMediaType } from './accept.js';
import { BoundedLru } from './bounded-lru.js';
import type { BudgetPlan } from './budget/plan.js';
import type { ServiceBudget } from './budget/service-budget.js';
import type { BaseContext, ContextFactory, NodeServerContext } from './create-yoga.js';
import { toParams, type GraphQLParams, type JsonBody } from './fast-path-params.js';
import type { JitExecution } from './jit-execution.js';
import { maskExecutionResult } from './mask-errors.js';

/** Options of the fast path; it shares yoga's schema, plugins (limits), budget and masking. */
export interface FastPathOptions<C extends BaseContext> {
  yoga: YogaServerInstance<NodeServerContext, C>;
  createContext: ContextFactory<C>;
  budget: ServiceBudget;
  jit: JitExecution;
  logger: Logger;
  /** Compiled documents kept (default 1000) and their total query length (default 8 M chars). */
  maxEntries?: number;
  maxChars?: number;
}

interface Compiled {
  query: CompiledQuery;
  plan: BudgetPlan | undefined;
}

/**
 * Cache key: the query itself when there is no operationName, else `<length>:<name>:<query>`.
 * A document never starts with a digit, so the two key spaces cannot meet (requests whose
 * query does start with one go to yoga), and "" differs from an absent name.
 */
function cacheKey(params: GraphQLParams): string | undefined {
  const name = params.operationName;
  if (name === undefined) {
    const first = params.query.charCodeAt(0);
    return first >= 48 && first <= 57 ? undefined : params.query;
  }
  return `${name.length}:${name}:${params.query}`;
}

function isThenable<T>(value: T | Promise<T>): value is Promise<T> {
  return typeof (value as { then?: unknown }).then === 'function';
}

/**
 * Serves POST JSON queries that parse and validate cleanly without yoga's per-request
 * machinery: an LRU (by count and size) of validated, jit-compiled operations with their
 * budget plans. Returns false (nothing written) for everything else,
 * which then goes to yoga — so every request error comes from yoga itself, and execution
 * errors go through yoga's own result processor (identical status, headers and body).
 * Documents yoga must answer are remembered in a separate, smaller LRU, so they can never
 * push good documents out.
 */
export function createFastPath<C extends BaseContext>(options: FastPathOptions<C>) {
  const { yoga, createContext, budget, jit, logger } = options;
  const compiledDocs = new BoundedLru<Compiled>(options.maxEntries ?? 1000, options.maxChars ?? 8_000_000);
  const yogaOnly = new BoundedLru<true>(256, 1_000_000);

  function compile(params: GraphQLParams): Compiled | undefined {
    // The same initial context yoga's own request has for these hooks: its parse hooks mark
    // syntax errors (code, HTTP status) only when they see a request, and cache the result.
    const initial = { request: { method: 'POST' }, params };
    const { parse, validate, schema } = yoga.getEnveloped(initial as never);
    let document: DocumentNode;
    try {
      document = parse(params.query);
      if (validate(schema, document).length > 0) return undefined;
    } catch {
      return undefined; // yoga reports it
    }
    const operation = getOperationAST(document, params.operationName);
    if (!operation || operation.operation === 'subscription') return undefined;
    // The same compiled query yoga's path executes for this document and operation.
    const query = jit.compiled(schema, document, params.operationName);
    if (!query) return undefined;
    return { query, plan: budget.planFor(schema, document, params.operationName) };
  }

  function lookup(key: string, params: GraphQLParams): Compiled | undefined {
    const hit = compiledDocs.get(key);
    if (hit !== undefined || yogaOnly.get(key)) return hit;
    const compiled = compile(params);
    if (compiled) compiledDocs.set(key, compiled);
    else yogaOnly.set(key, true);
    return compiled;
  }

  async function writeErrors(res: ServerResponse, result: ExecutionResult, mediaType: string, requestId: string) {
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
    const key = cacheKey(params);
    if (key === undefined) return false;
    const compiled = lookup(key, params);
    if (compiled === undefined) return false;
    let context: C;
    try {
      // yoga's own context factory; a throw is left to yoga, which answers it its way.
      const made = createContext({ requestId, req });
      context = isThenable(made) ? await made : made;
    } catch {
      return false;
    }
    // After the context, like yoga (its onExecute hook runs once the context is built).
    const overBudget = compiled.plan && budget.check(compiled.plan, params.variables);
    if (overBudget) {
      await writeErrors(res, { errors: [overBudget] }, mediaType, requestId);
      return true;
    }
    const result = await compiled.query.query(undefined, context, params.variables);
    if (result.errors?.length) {
      await writeErrors(res, result, mediaType, requestId);
      return true;
    }
    // Encode once: the length and the bytes written come from the same buffer.
    const payload = Buffer.from(compiled.query.stringify(result), 'utf8');
    res.statusCode = 200;
    res.setHeader('content-type', `${mediaType}; charset=utf-8`);
    res.setHeader('content-length', payload.length);
    res.end(payload);
    return true;
  };
}

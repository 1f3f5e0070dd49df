import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { AuthError } from '@shop/node-platform/auth';
import { setRequestAuth, type Authenticator } from '../auth/request-auth.js';
import { sendInvalidToken } from '../auth/send-invalid-token.js';
import { clientAddress } from '../http/client-address.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { sendRateLimited } from '../http/send-rate-limited.js';
import { setNodeResponse } from '../http/node-response.js';
import { isJsonContentType } from '../http/content-type.js';
import { corsHeaders, type CorsPolicy } from '../http/cors.js';
import { CSRF_HEADERS, hasCsrfHeader } from '../http/csrf.js';
import { readBody } from '../http/read-body.js';
import { REQUEST_ID_HEADER, resolveRequestId, setRequestId } from '../http/request-id.js';
import { securityHeaders } from '../http/security-headers.js';
import { sendGraphQLError } from '../http/send-json.js';
import type { ServiceBudget } from './budget/service-budget.js';
import type { BaseContext, ContextFactory, NodeServerContext } from './create-yoga.js';
import { ErrorCode } from './error-codes.js';
import { createFastPath } from './fast-path.js';
import type { JitExecution } from './jit-execution.js';

/** Options of the node-level /graphql handler. */
export interface GraphQLHandlerOptions<C extends BaseContext> {
  yoga: YogaServerInstance<NodeServerContext, C>;
  createContext: ContextFactory<C>;
  budget: ServiceBudget;
  jit: JitExecution;
  cors: CorsPolicy;
  logger: Logger;
  bodyLimitBytes: number;
  /** yoga serves GraphiQL (GET with Accept text/html): that page gets its looser CSP. */
  graphiql: boolean;
  /** Serve clean POST JSON queries without yoga's per-request overhead (after the guard). */
  fastPath: boolean;
  /** Verifies `Authorization: Bearer` (a bad token is answered 401 before either path). */
  authenticate: Authenticator;
  /** The general per-client limit (429 before the body is read); none when unset. */
  rateLimit?: { limiter: RateLimiter; trustProxy: boolean };
}

/** Handles one /graphql request on node objects; resolves when the response is written. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

const CSRF_MESSAGE = `GET requests must carry one of these headers: ${CSRF_HEADERS.join(', ')} (CSRF prevention).`;

/**
 * The /graphql handler: request id, CORS and security headers on the node response before
 * anything is written, OPTIONS preflight, 415 for anything but a JSON POST, CSRF header on
 * GET, body limit (413), malformed JSON (400 BAD_REQUEST), then the fast path or yoga with
 * the already-read body. Every rule here applies to both paths.
 */
export function createGraphQLHandler<C extends BaseContext>(options: GraphQLHandlerOptions<C>): NodeHandler {
  const { yoga, logger } = options;
  const tryFastPath = options.fastPath ? createFastPath(options) : undefined;

  /** Verifies the caller's token; false when it answered 401 (bad token). */
  async function authenticated(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    try {
      setRequestAuth(req, await options.authenticate(req));
      return true;
    } catch (error) {
      if (!(error instanceof AuthError)) throw error;
      sendInvalidToken(res, error);
      return false;
    }
  }

  /** Takes a point from the caller's address; false when it answered 429. */
  async function withinLimit(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!options.rateLimit) return true;
    const wait = await options.rateLimit.limiter.take(clientAddress(req, options.rateLimit.trustProxy));
    if (wait === 0) return true;
    if (req.method === 'POST') {
      req.resume();
      res.setHeader('connection', 'close');
    }
    sendRateLimited(res, wait);
    return false;
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse, requestId: string) {
    if (!isJsonContentType(req.headers['content-type'])) {
      req.resume();
      res.setHeader('connection', 'close');
      return sendGraphQLError(res, 415, ErrorCode.UnsupportedMediaType, 'Only application/json POST requests are accepted.');
    }
    const read = await readBody(req, options.bodyLimitBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      res.setHeader('connection', 'close');
      const limitKb = Math.floor(options.bodyLimitBytes / 1024);
      return sendGraphQLError(res, 413, ErrorCode.PayloadTooLarge, `Request body exceeds ${limitKb} KB.`);
    }
    const text = read.body.toString('utf8');
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return sendGraphQLError(res, 400, ErrorCode.BadRequest, 'Malformed JSON body.');
    }
    if (!(await authenticated(req, res))) return;
    if (tryFastPath && (await tryFastPath(req, res, body, requestId))) return;
    (req as IncomingMessage & { body?: unknown }).body = text;
    return yoga(req, res);
  }

  return async function handleGraphQL(req, res) {
    const requestId = resolveRequestId(req.headers[REQUEST_ID_HEADER]);
    setRequestId(req, requestId);
    setNodeResponse(req, res);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    // yoga's own test for "render GraphiQL" (GET + Accept containing text/html).
    const graphiqlPage = options.graphiql && req.method === 'GET' && !!req.headers.accept?.includes('text/html');
    for (const [name, value] of securityHeaders(graphiqlPage)) res.setHeader(name, value);
    // Answers depend on the caller (token, X-Cart-Id: carts, orders); a GET query must not be
    // kept by a browser or shared cache and replayed to someone else.
    res.setHeader('cache-control', 'no-store');
    const preflight = req.method === 'OPTIONS';
    const requested = req.headers['access-control-request-headers'];
    for (const [name, value] of corsHeaders(options.cors, req.headers.origin, preflight, requested)) {
      res.setHeader(name, value);
    }
    try {
      if (preflight) {
        res.statusCode = 204;
        res.end();
        return;
      }
      if (!(await withinLimit(req, res))) return;
      if (req.method === 'POST') return await handlePost(req, res, requestId);
      if (req.method === 'GET' && !graphiqlPage && !hasCsrfHeader(req.headers)) {
        return sendGraphQLError(res, 403, ErrorCode.Forbidden, CSRF_MESSAGE);
      }
      if (!graphiqlPage && !(await authenticated(req, res))) return;
      await yoga(req, res);
    } catch (error) {
      logger.error({ request_id: requestId, err: error }, 'graphql handler failed');
      if (!res.headersSent) sendGraphQLError(res, 500, ErrorCode.Internal, 'Internal server error.');
      else res.destroy();
    }
  };
}

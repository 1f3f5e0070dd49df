import type { IncomingMessage, ServerResponse } from 'node:http';
import type { YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { corsHeaders, type CorsPolicy } from '../http/cors.js';
import { readBody } from '../http/read-body.js';
import { REQUEST_ID_HEADER, resolveRequestId, setRequestId } from '../http/request-id.js';
import { sendGraphQLError } from '../http/send-json.js';
import type { BaseContext, ContextFactory, NodeServerContext } from './create-yoga.js';
import { ErrorCode } from './error-codes.js';
import { createFastPath } from './fast-path.js';

/** Options of the node-level /graphql handler. */
export interface GraphQLHandlerOptions<C extends BaseContext> {
  yoga: YogaServerInstance<NodeServerContext, C>;
  createContext: ContextFactory<C>;
  cors: CorsPolicy;
  logger: Logger;
  bodyLimitBytes: number;
  /** Serve clean POST JSON queries without yoga's per-request overhead (default true). */
  fastPath?: boolean;
}

/** Handles one /graphql request on node objects; resolves when the response is written. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

type ParsedRequestBody = { body: unknown; text: string };

/**
 * The /graphql handler: request id and CORS on the node response before anything is
 * written, OPTIONS preflight, body limit (413), malformed JSON (400 BAD_REQUEST), then the
 * fast path or yoga with the already-read body.
 */
export function createGraphQLHandler<C extends BaseContext>(
  options: GraphQLHandlerOptions<C>,
): NodeHandler {
  const { yoga, logger } = options;
  const tryFastPath = options.fastPath === false ? undefined : createFastPath(options);

  function parseJson(text: string): ParsedRequestBody | undefined {
    try {
      return { body: JSON.parse(text) as unknown, text };
    } catch {
      return undefined;
    }
  }

  async function handlePost(req: IncomingMessage, res: ServerResponse, requestId: string) {
    const read = await readBody(req, options.bodyLimitBytes);
    if (!read.ok) {
      if (read.reason === 'aborted') return void res.destroy();
      res.setHeader('connection', 'close');
      const limitKb = Math.floor(options.bodyLimitBytes / 1024);
      return sendGraphQLError(res, 413, ErrorCode.PayloadTooLarge, `Request body exceeds ${limitKb} KB.`);
    }
    const contentType = req.headers['content-type'] ?? '';
    if (!contentType.includes('json')) {
      // multipart, application/graphql, forms: yoga parses them from the buffered body.
      if (read.body.length > 0) (req as IncomingMessage & { body?: unknown }).body = read.body;
      return yoga(req, res);
    }
    const parsed = parseJson(read.body.toString('utf8'));
    if (!parsed) return sendGraphQLError(res, 400, ErrorCode.BadRequest, 'Malformed JSON body.');
    if (tryFastPath && (await tryFastPath(req, res, parsed.body, requestId))) return;
    (req as IncomingMessage & { body?: unknown }).body = parsed.text;
    return yoga(req, res);
  }

  return async function handleGraphQL(req, res) {
    const requestId = resolveRequestId(req.headers[REQUEST_ID_HEADER]);
    setRequestId(req, requestId);
    res.setHeader(REQUEST_ID_HEADER, requestId);
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
      if (req.method === 'POST') return await handlePost(req, res, requestId);
      await yoga(req, res);
    } catch (error) {
      logger.error({ request_id: requestId, err: error }, 'graphql handler failed');
      if (!res.headersSent) sendGraphQLError(res, 500, ErrorCode.Internal, 'Internal server error.');
      else res.destroy();
    }
  };
}

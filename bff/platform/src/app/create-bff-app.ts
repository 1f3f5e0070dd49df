import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import type { Logger } from '@shop/node-platform';
import { createBffYoga, type BaseContext, type ContextFactory } from '../graphql/create-yoga.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../graphql/complexity-limits.js';
import { createGraphQLHandler, type NodeHandler } from '../graphql/graphql-handler.js';
import { createLogger } from '@shop/node-platform';
import type { BffEnv } from './bff-env.js';
import { requestIdAndCors } from './cors-middleware.js';
import { addHealthRoutes } from './health-routes.js';

/** Everything a BFF declares; the platform supplies the rest. */
export interface BffAppOptions<C extends BaseContext> {
  name: string;
  version: string;
  /** SDL from contracts/graphql. */
  schema: string;
  resolvers: object;
  createContext: ContextFactory<C>;
  corsOrigins: readonly string[];
  /** Serve GraphiQL on GET /graphql (only pass true when NODE_ENV=development). */
  graphiql: boolean;
  limits?: Partial<QueryLimits>;
  /** Readiness of the BFF's dependencies (gRPC channels / service health). */
  ready: () => Promise<boolean>;
  logger?: Logger;
  /** Request body limit in bytes (default 100 KB). */
  bodyLimitBytes?: number;
  /** Serve clean POST JSON queries on the fast path (default true). */
  fastPath?: boolean;
}

/** A BFF hono app; `graphqlHandler` is the node-level /graphql handler it mounts. */
export type BffApp = Hono<BffEnv> & { graphqlHandler: NodeHandler };

/**
 * Creates a BFF: hono app with /graphql (yoga on node objects + fast path), /healthz,
 * /readyz, CORS whitelist with credentials, x-request-id, JSON 404/500 without stacks.
 * Other routes (e.g. images) are added by the caller on the returned app.
 */
export function createBffApp<C extends BaseContext>(options: BffAppOptions<C>): BffApp {
  const logger = options.logger ?? createLogger(options.name);
  const cors = { origins: options.corsOrigins, maxAgeSeconds: 600 };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const yoga = createBffYoga({
    typeDefs: options.schema,
    resolvers: options.resolvers,
    createContext: options.createContext,
    limits,
    graphiql: options.graphiql,
    logger,
  });
  const graphqlHandler = createGraphQLHandler({
    yoga,
    createContext: options.createContext,
    cors,
    logger,
    bodyLimitBytes: options.bodyLimitBytes ?? 100 * 1024,
    fastPath: options.fastPath,
  });

  const app = new Hono<BffEnv>();
  // /graphql writes to the node response itself (hono's fetch bridge costs 20–28 %).
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', async (c) => {
    // hono routes HEAD to GET handlers and then writes its own (bodyless) response.
    if (c.env.incoming.method === 'HEAD') return c.body(null, 405, { allow: 'GET, POST, OPTIONS' });
    await graphqlHandler(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  });
  app.use('*', requestIdAndCors(cors));
  addHealthRoutes(app, { name: options.name, version: options.version }, options.ready);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    logger.error({ request_id: c.get('requestId'), err: error }, 'unhandled route error');
    return c.json({ error: 'internal error' }, 500);
  });
  return Object.assign(app, { graphqlHandler });
}

import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono } from 'hono';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { createLogger } from '@shop/node-platform';
import type { AuthKeys } from '@shop/node-platform/auth';
import { createAuthenticator } from '../auth/request-auth.js';
import { withRequestAuth } from '../auth/with-request-auth.js';
import { createRateLimiter, type RateLimitOptions } from '../http/rate-limit.js';
import { rateLimitMiddleware } from './rate-limit-middleware.js';
import type { ServiceCostDeclaration } from '../graphql/budget/declaration.js';
import { createServiceBudget } from '../graphql/budget/service-budget.js';
import { createBffYoga, type BaseContext, type ContextFactory } from '../graphql/create-yoga.js';
import { DEFAULT_LIMITS, type QueryLimits } from '../graphql/complexity-limits.js';
import { securityHeaders } from '../http/security-headers.js';
import { hooksSkippedByFastPath } from '../graphql/fast-path-guard.js';
import { createJitExecution } from '../graphql/jit-execution.js';
import { createGraphQLHandler, type NodeHandler } from '../graphql/graphql-handler.js';
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
  /**
   * Production mode (default true): no GraphiQL, no introspection, no "did you mean" hints.
   * Pass `nodeEnv === 'production'`.
   */
  production?: boolean;
  /** Serve GraphiQL on GET /graphql (never in production; pass true in development). */
  graphiql?: boolean;
  /** Which fields call which service, and how many rows (see budget/declaration.ts). */
  serviceCosts?: ServiceCostDeclaration;
  limits?: Partial<QueryLimits>;
  /** Readiness of the BFF's dependencies (gRPC channels / service health). */
  ready: () => Promise<boolean>;
  logger?: Logger;
  /** Request body limit in bytes (default 100 KB). */
  bodyLimitBytes?: number;
  /** Serve clean POST JSON queries on the fast path (default true; the guard may refuse). */
  fastPath?: boolean;
  /** More yoga plugins; the fast path stays off if it would skip their hooks. */
  plugins?: Plugin[];
  /**
   * Token verification (loadAuthKeys from the BFF's env). A request with a bad token gets 401
   * on both paths; without keys every token is refused and only anonymous requests pass.
   */
  auth?: AuthKeys;
  /** The general per-client limit (429 + Retry-After); unset = no limit (tests, benchmarks). */
  rateLimit?: RateLimitOptions;
  /** Count the first X-Forwarded-For hop as the client (only behind a proxy that sets it). */
  trustProxy?: boolean;
}

/** A BFF hono app; `graphqlHandler` is the node-level /graphql handler it mounts. */
export type BffApp = Hono<BffEnv> & { graphqlHandler: NodeHandler; fastPath: boolean; close(): Promise<void> };

/**
 * Creates a BFF: hono app with /graphql (yoga on node objects + fast path), /healthz,
 * /readyz, CORS whitelist with credentials, x-request-id, security headers, JSON 404/500
 * without stacks. Other routes (e.g. images) are added by the caller on the returned app.
 */
export function createBffApp<C extends BaseContext>(options: BffAppOptions<C>): BffApp {
  const logger = options.logger ?? createLogger(options.name);
  const cors = { origins: options.corsOrigins, maxAgeSeconds: 600 };
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const production = options.production ?? true;
  const graphiql = !production && (options.graphiql ?? false);
  const budget = createServiceBudget(options.serviceCosts ?? {}, limits);
  const createContext = withRequestAuth(options.createContext);
  const limiter = options.rateLimit && createRateLimiter(options.rateLimit);
  const rateLimit = limiter && { limiter, trustProxy: options.trustProxy ?? false };
  const jit = createJitExecution();
  const { yoga, plugins } = createBffYoga({
    typeDefs: options.schema,
    resolvers: options.resolvers,
    createContext,
    limits,
    budget,
    jit,
    graphiql,
    production,
    logger,
    plugins: options.plugins,
  });
  let fastPath = options.fastPath ?? true;
  const skipped = hooksSkippedByFastPath(plugins);
  if (fastPath && skipped.length > 0) {
    fastPath = false;
    logger.error(
      { skipped: skipped.map((s) => `plugin #${s.plugin} ${s.hook}`) },
      'GraphQL fast path disabled: yoga carries plugin hooks it would skip (mark a plugin mirroredByFastPath only if the fast path reproduces it)',
    );
  }
  const graphqlHandler = createGraphQLHandler({
    yoga,
    createContext,
    budget,
    jit,
    cors,
    logger,
    bodyLimitBytes: options.bodyLimitBytes ?? 100 * 1024,
    graphiql,
    fastPath,
    authenticate: createAuthenticator(options.auth),
    rateLimit,
  });

  const app = new Hono<BffEnv>();
  // /graphql writes to the node response itself (hono's fetch bridge costs 20–28 %).
  app.on(['GET', 'POST', 'OPTIONS'], '/graphql', async (c) => {
    // hono routes HEAD to GET handlers and then writes its own (bodyless) response.
    if (c.env.incoming.method === 'HEAD') {
      return c.body(null, 405, { allow: 'GET, POST, OPTIONS', ...Object.fromEntries(securityHeaders()) });
    }
    await graphqlHandler(c.env.incoming, c.env.outgoing);
    return RESPONSE_ALREADY_SENT;
  });
  app.use('*', requestIdAndCors(cors));
  if (rateLimit) app.use('*', rateLimitMiddleware(rateLimit));
  addHealthRoutes(app, { name: options.name, version: options.version }, options.ready);
  app.notFound((c) => c.json({ error: 'not found' }, 404));
  app.onError((error, c) => {
    logger.error({ request_id: c.get('requestId'), err: error }, 'unhandled route error');
    return c.json({ error: 'internal error' }, 500);
  });
  const close = async () => {
    await limiter?.close();
  };
  return Object.assign(app, { graphqlHandler, fastPath, close });
}

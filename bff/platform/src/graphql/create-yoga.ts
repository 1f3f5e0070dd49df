import type { IncomingMessage, ServerResponse } from 'node:http';
import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import type { RequestAuth } from '../auth/request-auth.js';
import { getRequestId } from '../http/request-id.js';
import type { ServiceBudget } from './budget/service-budget.js';
import { complexityLimitPlugins, type QueryLimits } from './complexity-limits.js';
import { mirroredByFastPath } from './fast-path-guard.js';
import type { JitExecution } from './jit-execution.js';
import { maskError, maskExecutionResult } from './mask-errors.js';
import { productionRules } from './production-rules.js';

/** Server context yoga receives from the node handler. */
export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/**
 * What each BFF context carries: the request id (logs, gRPC metadata) and the verified caller
 * (`viewer`, `accessToken`; unset when anonymous), which the platform adds to every context.
 */
export interface BaseContext extends RequestAuth {
  requestId: string;
}

/**
 * Builds a per-request context from the node request (request id already resolved). May be
 * async; a throw or rejection is answered by yoga on both paths.
 */
export type ContextFactory<C extends BaseContext> = (input: { requestId: string; req: IncomingMessage }) => C | Promise<C>;

/** Options for the BFF's yoga instance. */
export interface BffYogaOptions<C extends BaseContext> {
  typeDefs: string;
  // Resolver maps are checked by each BFF's generated `Resolvers` type, not here.
  resolvers: object;
  createContext: ContextFactory<C>;
  limits: Pick<QueryLimits, 'maxDepth' | 'maxTokens'>;
  budget: ServiceBudget;
  jit: JitExecution;
  graphiql: boolean;
  /** No introspection, no "did you mean" hints. */
  production: boolean;
  logger: Logger;
  /** More envelop/yoga plugins (the fast path refuses to run if it would skip their hooks). */
  plugins?: Plugin[];
}

/** The yoga instance and the plugins it was given (checked by the fast path's guard). */
export interface BffYoga<C extends BaseContext> {
  yoga: YogaServerInstance<NodeServerContext, C>;
  plugins: readonly Plugin[];
}

/** Envelop plugin: masks and logs unexpected execution errors with the request id. */
function maskingPlugin(logger: Logger): Plugin<BaseContext> {
  return {
    onExecute({ args }) {
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return;
          setResult(maskExecutionResult(result, args.contextValue.requestId, logger));
        },
      };
    },
  };
}

/**
 * Creates the yoga server: SDL schema, graphql-jit execution, armor limits, the service
 * budget, masked errors (unknown → INTERNAL), production rules, no yoga CORS/landing page
 * (the BFF handler owns CORS, content types and CSRF).
 */
export function createBffYoga<C extends BaseContext>(options: BffYogaOptions<C>): BffYoga<C> {
  const schema = createSchema<NodeServerContext & C>({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers as never,
  });
  const plugins: Plugin[] = [
    options.jit.plugin,
    ...complexityLimitPlugins(options.limits),
    ...(options.production ? productionRules() : []),
    options.budget.plugin,
    mirroredByFastPath(maskingPlugin(options.logger) as Plugin, 'the fast path masks with maskExecutionResult'),
    ...(options.plugins ?? []),
  ];
  const yoga = createYoga<NodeServerContext, C>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql && !options.production,
    landingPage: false,
    cors: false,
    // The BFF handler enforces its own, smaller body limit before yoga sees the request.
    maxRequestBodySize: false,
    logging: {
      debug: () => undefined,
      info: (...args) => options.logger.info({ args }, 'yoga'),
      warn: (...args) => options.logger.warn({ args }, 'yoga'),
      error: (...args) => options.logger.error({ args }, 'yoga'),
    },
    maskedErrors: { maskError: (error) => maskError(error) },
    context: ({ req }) =>
      options.createContext({ requestId: getRequestId(req), req }) as (C & NodeServerContext) | Promise<C & NodeServerContext>,
    plugins,
  });
  return { yoga, plugins };
}

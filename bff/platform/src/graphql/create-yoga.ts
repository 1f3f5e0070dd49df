import type { IncomingMessage, ServerResponse } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { createSchema, createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { Logger } from '@shop/node-platform';
import { getRequestId } from '../http/request-id.js';
import { complexityLimitPlugins, type QueryLimits } from './complexity-limits.js';
import { maskError, maskExecutionResult } from './mask-errors.js';

/** Server context yoga receives from the node handler. */
export interface NodeServerContext {
  req: IncomingMessage;
  res: ServerResponse;
}

/** What each BFF context must carry (the request id goes to logs and gRPC metadata). */
export interface BaseContext {
  requestId: string;
}

/** Builds a per-request context from the node request (request id already resolved). */
export type ContextFactory<C extends BaseContext> = (input: {
  requestId: string;
  req: IncomingMessage;
}) => C;

/** Options for the BFF's yoga instance. */
export interface BffYogaOptions<C extends BaseContext> {
  typeDefs: string;
  // Resolver maps are checked by each BFF's generated `Resolvers` type, not here.
  resolvers: object;
  createContext: ContextFactory<C>;
  limits: QueryLimits;
  graphiql: boolean;
  logger: Logger;
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
 * Creates the yoga server: SDL schema, graphql-jit execution, armor limits, masked errors
 * (unknown → INTERNAL), no yoga CORS/landing page (the BFF handler owns CORS).
 */
export function createBffYoga<C extends BaseContext>(
  options: BffYogaOptions<C>,
): YogaServerInstance<NodeServerContext, C> {
  const schema = createSchema<NodeServerContext & C>({
    typeDefs: options.typeDefs,
    resolvers: options.resolvers as never,
  });
  return createYoga<NodeServerContext, C>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: options.graphiql,
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
      options.createContext({ requestId: getRequestId(req), req }) as C & NodeServerContext,
    plugins: [
      useGraphQlJit(),
      ...complexityLimitPlugins(options.limits),
      maskingPlugin(options.logger) as Plugin,
    ],
  });
}

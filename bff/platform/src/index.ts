// @shop/bff-platform: what every BFF is built from.
export * from './config/env.js';
export { createLogger, type Logger } from '@shop/node-platform';
export { REQUEST_ID_HEADER, resolveRequestId, getRequestId } from './http/request-id.js';
export { corsHeaders, type CorsPolicy } from './http/cors.js';
export { createOriginResolver, socketOrigin, forwardedOrigin, type OriginPolicy } from './http/request-origin.js';
export { ErrorCode, userInputError, codedError, internalError, INTERNAL_MESSAGE } from './graphql/error-codes.js';
export { toGraphQLError, isServiceError } from './graphql/to-graphql-error.js';
export { maskError, isExpectedError } from './graphql/mask-errors.js';
export type { BaseContext, ContextFactory } from './graphql/create-yoga.js';
export { DEFAULT_LIMITS, type QueryLimits } from './graphql/complexity-limits.js';
export { createBffApp, type BffApp, type BffAppOptions } from './app/create-bff-app.js';
export type { BffEnv } from './app/bff-env.js';
export { startBffServer, type RunningBff, type ListenOptions } from './server/start-bff-server.js';
export { onShutdown } from '@shop/node-platform';
export { createGrpcClient, closeGrpcClient, DEFAULT_CHANNEL_OPTIONS } from './grpc/client.js';
export { callUnary, type CallUnaryOptions } from './grpc/call-unary.js';
export { isChannelReady } from './grpc/channel-ready.js';
export { createHealthCheck } from './grpc/health-check.js';

// @shop/bff-platform: what every BFF is built from.
export * from './config/env.js';
export type { Env } from '@shop/node-platform';
export { createLogger, type Logger } from '@shop/node-platform';
export { REQUEST_ID_HEADER, resolveRequestId, getRequestId } from './http/request-id.js';
export { corsHeaders, type CorsPolicy } from './http/cors.js';
export { guestCartIdOf } from './http/guest-cart-id.js';
export { createOriginResolver, socketOrigin, forwardedOrigin, type OriginPolicy } from './http/request-origin.js';
export { ErrorCode, userInputError, codedError, internalError, queryTooComplexError, INTERNAL_MESSAGE } from './graphql/error-codes.js';
export { toGraphQLError, isServiceError } from './graphql/to-graphql-error.js';
export { maskError, isExpectedError } from './graphql/mask-errors.js';
export type { BaseContext, ContextFactory } from './graphql/create-yoga.js';
export { DEFAULT_LIMITS, type QueryLimits } from './graphql/complexity-limits.js';
export type { ServiceCostDeclaration, ServiceFieldCost, BudgetLimits } from './graphql/budget/declaration.js';
export { mirroredByFastPath } from './graphql/fast-path-guard.js';
export { securityHeaders, API_CSP, GRAPHIQL_CSP } from './http/security-headers.js';
export { CSRF_HEADERS } from './http/csrf.js';
export { createRequestMemo, type RequestMemo } from './graphql/request-memo.js';
export { createBffApp, type BffApp, type BffAppOptions } from './app/create-bff-app.js';
export type { BffEnv } from './app/bff-env.js';
export { startBffServer, type RunningBff, type ListenOptions } from './server/start-bff-server.js';
export { onShutdown } from '@shop/node-platform';
export { createGrpcClient, closeGrpcClient, DEFAULT_CHANNEL_OPTIONS } from './grpc/client.js';
export { callUnary, type CallUnaryOptions } from './grpc/call-unary.js';
export { isChannelReady } from './grpc/channel-ready.js';
export { createHealthCheck } from './grpc/health-check.js';
export { gatewayCaller, gatewayFailure, connectService } from './grpc/gateway.js';
export type { GatewayCaller, GatewayCallerOptions, GatewayCallOptions, ServiceConnection } from './grpc/gateway.js';
export { encodeCursor, decodeCursor, decodeAfterArg, type CursorPosition } from './relay/cursor.js';
export { pageSizeFor, toConnection, type ConnectionModel, type PageInfoModel, type ServicePage } from './relay/connection.js';
export { formatMoney, minorToDecimal, toMoney, type MoneyMessage, type MoneyModel } from './money/money.js';
export { defineBff, type BffDeclaration, type BffParts, type BffExtraAppOptions, type AnyBffDeclaration } from './bff/bff-declaration.js';
export { bffEnvSchema, loadBffConfig, resolveBffConfig, type BffConfig, type BffStartConfig } from './bff/bff-config.js';
export { createBff, startBff, bffName, type BuiltBff } from './bff/create-bff.js';
export { runBff } from './bff/run-bff.js';
export {
  createAuthenticator,
  getRequestAuth,
  requireViewer,
  requirePermission,
  unauthenticatedError,
  forbiddenError,
  authMetadata,
  authEnvShape,
  loadAuthKeys,
  INVALID_TOKEN_CHALLENGE,
  type Authenticator,
  type RequestAuth,
  type AuthKeys,
  type AuthKeyEnv,
} from './auth/index.js';
export { createRateLimiter, type RateLimiter, type RateLimitOptions } from './http/rate-limit.js';
export { rateLimitEnvShape, generalRateLimit } from './http/rate-limit-env.js';
export { clientAddress } from './http/client-address.js';
export { RATE_LIMITED_MESSAGE } from './http/send-rate-limited.js';
export { getNodeResponse } from './http/node-response.js';
export { graphqlRuntime } from './graphql/graphql-runtime.js';

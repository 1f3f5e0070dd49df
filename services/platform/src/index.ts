export { databaseUrl } from './config/env-schemas.js';
export {
  serviceEnvShape,
  serviceRuntimeConfig,
  defaultDbQueueMax,
  type ServiceRuntimeConfig,
  type DatabasePoolSettings,
} from './config/service-env.js';
// Shared by every tier (node-platform); re-exported so a service needs one platform import.
export {
  port,
  serviceAddrVar,
  logLevel,
  nodeEnv,
  bindHost,
  booleanFlag,
  loadConfig,
  loadConfigOrExit,
  configErrorText,
  formatConfigIssues,
  ConfigError,
  type Env,
  createLogger,
  type Logger,
} from '@shop/node-platform';
export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type EmbeddedPostgresHandle,
} from './db/embedded-postgres.js';
export { clearStaleCluster, readPostmasterPid, isProcessAlive, findPgCtl } from './db/stale-cluster.js';
export { findFreePort } from '@shop/node-platform';
export {
  connectDatabase,
  ensureDatabase,
  runMigrations,
  quoteIdentifier,
  poolOptions,
  poolDefaults,
  type ConnectDatabaseOptions,
  type DatabaseConnection,
} from './db/connect-database.js';
export { withMigrationLock, type MigrationLockOptions } from './db/migration-lock.js';
export {
  resolveDatabaseLocation,
  splitDatabaseUrl,
  withDatabase,
  redactUrl,
  type DatabaseLocation,
} from './db/database-url.js';
export {
  DomainError,
  domainErrorKinds,
  invalidArgument,
  notFound,
  deadlineExceeded,
  resourceExhausted,
  isDomainError,
  type DomainErrorKind,
} from './errors/domain-error.js';
export { toGrpcStatus, type GrpcStatusObject } from './errors/to-grpc-status.js';
export { retryableDatabaseFailure, type RetryableDatabaseFailure } from './errors/database-errors.js';
export {
  unary,
  requestIdFrom,
  deadlineOf,
  type CallContext,
  type UnaryHandler,
  type UnaryOptions,
} from './grpc/unary.js';
export { serverStream, type StreamContext, type StreamHandler } from './grpc/server-stream.js';
export { findNulByteField } from './grpc/nul-bytes.js';
export { createAdmissionGate, type AdmissionGate, type AdmissionGateOptions } from './db/admission-gate.js';
export {
  startGrpcServer,
  serviceNameOf,
  defaultGrpcServerLimits,
  grpcServerOptions,
  type GrpcServerLimits,
  type StartGrpcServerOptions,
  type RunningGrpcServer,
  type GrpcServiceRegistration,
} from './grpc/grpc-server.js';
export { startAdminServer, type StartAdminServerOptions, type RunningAdminServer } from './http/admin-server.js';
export { onShutdown, type ShutdownHandler, type OnShutdownOptions } from '@shop/node-platform';
export { serviceVersion } from './version.js';
export { decodePageToken, encodePageToken, filterFingerprint, type Cursor, type ListFilter } from './paging/page-token.js';
export { isPgTimestamp, toRfc3339 } from './paging/pg-timestamp.js';
export { containsPattern, escapeLike } from './db/like-pattern.js';
export { isUuid, validateUuid } from './validation/uuid.js';
export {
  defineService,
  databaseUrlVariable,
  loadServiceConfig,
  ownEnv,
  runService,
  serviceEnvSchema,
  startService,
  type RunningService,
  type ServiceConfig,
  type ServiceContext,
  type ServiceDeclaration,
} from './service/index.js';
export { withConflictRetry, conflictAttempts } from './db/with-conflict-retry.js';

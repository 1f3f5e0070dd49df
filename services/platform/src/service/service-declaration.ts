// A service is a declaration: its name, default ports, schema, migrations, optional seed, extra
// env and gRPC services. The platform does the rest (config, database, migrations under a lock,
// gRPC server + health, admin HTTP, admission gate, shutdown) the same way for every domain.
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import type { z } from 'zod';
import type { Logger } from '@shop/node-platform';
import type { DatabaseConnection } from '../db/connect-database.js';
import type { AdmissionGate } from '../db/admission-gate.js';
import type { GrpcServerLimits, GrpcServiceRegistration } from '../grpc/grpc-server.js';
import type { JobsDeclaration } from '../jobs/job-runner.js';
import type { ServiceConfig } from './service-config.js';

/** What a declaration's `grpc` factory gets to build its handlers. */
export interface ServiceContext<TSchema extends Record<string, unknown>, TEnv> {
  connection: DatabaseConnection<TSchema>;
  logger: Logger;
  /** Database work of every handler runs behind it (RESOURCE_EXHAUSTED beyond the bound). */
  gate: AdmissionGate;
  /** The config, with the declaration's own variables resolved (defaults applied). */
  config: ResolvedServiceConfig<TEnv>;
  /** Registers a step to run at stop, after gRPC and jobs have stopped, before the pool closes. */
  onStop(step: () => Promise<void> | void): void;
}

/** A service config whose own variables are complete. */
export type ResolvedServiceConfig<TEnv> = ServiceConfig<TEnv> & { env: TEnv };

/** The declaration of one domain service. */
export interface ServiceDeclaration<TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape> {
  /** Domain name: database `shop_<name>`, env `<NAME>_DATABASE_URL`, logger name. */
  name: string;
  /** Released version (the package's), shown on /healthz; default SHOP_VERSION or a dev marker. */
  version?: string;
  /** Default ports (GRPC_PORT, ADMIN_PORT). */
  ports: { grpc: number; admin: number };
  /** gRPC server limits beyond the platform's defaults (e.g. more streams for a service that streams). */
  grpcLimits?: Partial<GrpcServerLimits>;
  schema: TSchema;
  migrationsFolder: string;
  /** Variables beyond the shared ones, as a zod object shape. */
  env: TEnvShape;
  /** Demo data, applied when SEED is on (under the migration lock, so replicas don't race). */
  seed?: (db: PostgresJsDatabase<TSchema>, logger: Logger, config: ResolvedServiceConfig<z.output<z.ZodObject<TEnvShape>>>) => Promise<unknown>;
  /** The gRPC services to serve (may prepare async state first, e.g. keys). */
  grpc(context: ServiceContext<TSchema, z.output<z.ZodObject<TEnvShape>>>): Promise<GrpcServiceRegistration[]> | GrpcServiceRegistration[];
  /** Durable jobs and schedules (graphile-worker on the service's database), started with the service. */
  jobs?(context: ServiceContext<TSchema, z.output<z.ZodObject<TEnvShape>>>): Promise<JobsDeclaration> | JobsDeclaration;
}

/** Identity, for type inference: `export const catalogService = defineService({ … })`. */
export function defineService<TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape = Record<never, never>>(
  declaration: ServiceDeclaration<TSchema, TEnvShape>,
): ServiceDeclaration<TSchema, TEnvShape> {
  return declaration;
}

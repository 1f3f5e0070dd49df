// Starting a declared service in-process: connect (creating the database if missing), migrate
// and seed under the migration advisory lock, then serve gRPC (+ health) and the admin server.
import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { createLogger, type Logger } from '@shop/node-platform';
import { createAdmissionGate } from '../db/admission-gate.js';
import { connectDatabase, poolDefaults, runMigrations } from '../db/connect-database.js';
import { redactUrl, splitDatabaseUrl, withDatabase } from '../db/database-url.js';
import { withMigrationLock } from '../db/migration-lock.js';
import { defaultDbQueueMax } from '../config/service-env.js';
import { startGrpcServer } from '../grpc/grpc-server.js';
import { startAdminServer } from '../http/admin-server.js';
import { startJobRunner } from '../jobs/job-runner.js';
import { serviceVersion } from '../version.js';
import { ownEnv, type ServiceConfig } from './service-config.js';
import type { ServiceDeclaration } from './service-declaration.js';

/** A running service. */
export interface RunningService {
  grpcPort: number;
  adminPort: number;
  /** Stops gRPC (drains, then forces) and admin, then closes the pool. Idempotent. */
  stop(): Promise<void>;
}

/** Starts `declaration` with `config`; everything started is stopped again if a later step fails. */
export async function startService<TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape>(
  declaration: ServiceDeclaration<TSchema, TEnvShape>,
  config: ServiceConfig<z.output<z.ZodObject<TEnvShape>>>,
  logger: Logger = createLogger(declaration.name, config.logLevel),
): Promise<RunningService> {
  const resolved = { ...config, env: ownEnv(declaration, config) };
  const { serverUrl, database } = splitDatabaseUrl(config.databaseUrl);
  const pool = { ...poolDefaults, maxWaiting: defaultDbQueueMax, ...config.pool };
  const connection = await connectDatabase({ url: serverUrl, database, schema: declaration.schema, ...pool });
  const cleanup: Array<() => Promise<void>> = [() => connection.close()];
  const stopAll = async () => {
    for (const step of cleanup.reverse()) await step().catch((error: unknown) => logger.error({ err: error }, 'stop step failed'));
  };
  try {
    await withMigrationLock({ url: serverUrl, database, schema: declaration.schema, connectTimeoutMs: pool.connectTimeoutMs }, async (db) => {
      await runMigrations(db, declaration.migrationsFolder);
      if (config.seed && declaration.seed) logger.info({ seeded: await declaration.seed(db, logger, resolved) }, `${declaration.name} seeded`);
    });
    // At most `max + maxWaiting` handlers have database work in flight; one more is refused at
    // once with RESOURCE_EXHAUSTED. Within the bound postgres.js queues and pipelines queries over
    // the pool's connections (one query per connection at a time would cost throughput).
    const gate = createAdmissionGate({ maxActive: pool.max + pool.maxWaiting, maxWaiting: 0 });
    const stopSteps: Array<() => Promise<void> | void> = [];
    cleanup.push(async () => {
      for (const step of stopSteps.reverse()) await step();
    });
    const context = { connection, logger, gate, config: resolved, onStop: (step: () => Promise<void> | void) => void stopSteps.push(step) };
    const services = await declaration.grpc(context);
    if (declaration.jobs) {
      const runner = await startJobRunner(withDatabase(serverUrl, database), await declaration.jobs(context), logger);
      cleanup.push(() => runner.stop());
    }
    const grpc = await startGrpcServer({
      port: config.grpcPort,
      host: config.grpcHost,
      limits: { ...declaration.grpcLimits, ...(config.grpcMaxConnectionAgeMs ? { maxConnectionAgeMs: config.grpcMaxConnectionAgeMs } : {}) },
      services,
      logger,
    });
    cleanup.push(() => grpc.stop());
    const admin = await startAdminServer({
      port: config.adminPort,
      host: config.adminHost,
      metricsToken: config.metricsToken,
      version: declaration.version ?? serviceVersion(),
      ready: async () => {
        await connection.db.execute(sql`select 1`);
        return true;
      },
    });
    cleanup.push(() => admin.stop());
    logger.debug({ database: redactUrl(config.databaseUrl) }, `${declaration.name} database ready`);
    let stopping: Promise<void> | undefined;
    return { grpcPort: grpc.port, adminPort: admin.port, stop: () => (stopping ??= stopAll()) };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

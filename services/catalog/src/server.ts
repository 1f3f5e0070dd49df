import { sql } from 'drizzle-orm';
import { CatalogServiceService } from '@shop/contracts/catalog/v1';
import {
  connectDatabase,
  createAdmissionGate,
  createLogger,
  defaultDbQueueMax,
  poolDefaults,
  redactUrl,
  runMigrations,
  serviceVersion,
  splitDatabaseUrl,
  startAdminServer,
  startGrpcServer,
  withMigrationLock,
  type Logger,
} from '@shop/services-platform';
import type { CatalogConfig } from './config.js';
import { catalogMigrationsFolder, schema } from './db/client.js';
import { seedCatalog } from './db/seed/seed.js';
import { createCatalogService } from './handlers/catalog-service.js';

export interface RunningCatalogService {
  grpcPort: number;
  adminPort: number;
  /** Stops gRPC (drains, then forces) and admin, then closes the pool. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the catalog service in-process: connects (creating the database if missing), migrates
 * and optionally seeds under the migration advisory lock (replicas take turns), then serves gRPC
 * (+ health) and the admin HTTP server, both on loopback unless configured otherwise.
 */
export async function startCatalogService(
  config: CatalogConfig,
  logger: Logger = createLogger('catalog', config.logLevel),
): Promise<RunningCatalogService> {
  const { serverUrl, database } = splitDatabaseUrl(config.databaseUrl);
  const pool = { ...poolDefaults, maxWaiting: defaultDbQueueMax, ...config.pool };
  const connection = await connectDatabase({ url: serverUrl, database, schema, ...pool });
  try {
    await withMigrationLock({ url: serverUrl, database, schema, connectTimeoutMs: pool.connectTimeoutMs }, async (db) => {
      await runMigrations(db, catalogMigrationsFolder);
      if (config.seed) {
        const counts = await seedCatalog(db);
        logger.info(counts, 'catalog seeded');
      }
    });
    // At most `max + maxWaiting` handlers have database work in flight; one more is refused at
    // once with RESOURCE_EXHAUSTED. Within the bound postgres.js queues and pipelines queries over
    // the pool's connections (one query per connection at a time would cost throughput).
    const gate = createAdmissionGate({ maxActive: pool.max + pool.maxWaiting, maxWaiting: 0 });
    const grpc = await startGrpcServer({
      port: config.grpcPort,
      host: config.grpcHost,
      limits: config.grpcMaxConnectionAgeMs ? { maxConnectionAgeMs: config.grpcMaxConnectionAgeMs } : {},
      services: [
        { definition: CatalogServiceService, implementation: createCatalogService(connection, logger, { gate }) },
      ],
      logger,
    });
    const admin = await startAdminServer({
      port: config.adminPort,
      host: config.adminHost,
      metricsToken: config.metricsToken,
      version: serviceVersion(),
      ready: async () => {
        await connection.db.execute(sql`select 1`);
        return true;
      },
    }).catch(async (error: unknown) => {
      await grpc.stop();
      throw error;
    });
    logger.debug({ database: redactUrl(config.databaseUrl) }, 'catalog database ready');
    let stopping: Promise<void> | undefined;
    const stop = (): Promise<void> =>
      (stopping ??= (async () => {
        await Promise.all([grpc.stop(), admin.stop()]);
        await connection.close();
      })());
    return { grpcPort: grpc.port, adminPort: admin.port, stop };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

import { sql } from 'drizzle-orm';
import { CatalogServiceService } from '@shop/contracts/catalog/v1';
import {
  connectDatabase,
  createLogger,
  redactUrl,
  runMigrations,
  serviceVersion,
  splitDatabaseUrl,
  startAdminServer,
  startGrpcServer,
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
 * Starts the catalog service in-process: connects (creating the database if missing), migrates,
 * optionally seeds, then serves gRPC (+ health) and the admin HTTP server.
 */
export async function startCatalogService(
  config: CatalogConfig,
  logger: Logger = createLogger('catalog', config.logLevel),
): Promise<RunningCatalogService> {
  const { serverUrl, database } = splitDatabaseUrl(config.databaseUrl);
  const connection = await connectDatabase({ url: serverUrl, database, schema });
  try {
    await runMigrations(connection.db, catalogMigrationsFolder);
    if (config.seed) {
      const counts = await seedCatalog(connection.db);
      logger.info(counts, 'catalog seeded');
    }
    const grpc = await startGrpcServer({
      port: config.grpcPort,
      host: config.grpcHost,
      services: [{ definition: CatalogServiceService, implementation: createCatalogService(connection.db, logger) }],
      logger,
    });
    const admin = await startAdminServer({
      port: config.adminPort,
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

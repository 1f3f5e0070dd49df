// The catalog service, declared: products, categories and stock over database shop_catalog.
import { CatalogServiceService } from '@shop/contracts/catalog/v1';
import { defineService } from '@shop/services-platform';
import { callerAuthEnvShape, loadCallerAuth } from '@shop/services-platform/auth';
import packageJson from '../package.json' with { type: 'json' };
import { catalogMigrationsFolder, schema } from './db/client.js';
import { seedCatalog } from './db/seed/seed.js';
import { createCatalogService } from './handlers/catalog-service.js';
import { reservationExpiryTask } from './jobs/reservation-expiry-task.js';
import { reservationEnvShape } from './reservation-env.js';

/** The job name of the reservation expiry sweep. */
export const EXPIRE_RESERVATIONS = 'expire_reservations';

export const catalogService = defineService({
  name: 'catalog',
  version: packageJson.version,
  ports: { grpc: 50052, admin: 9052 },
  schema,
  migrationsFolder: catalogMigrationsFolder,
  // Stock reservation is for the order service only: it proves itself with a service token.
  env: { ...callerAuthEnvShape, ...reservationEnvShape },
  seed: (db) => seedCatalog(db),
  grpc: async ({ connection, logger, gate, config }) => {
    const auth = await loadCallerAuth('catalog', config);
    return [{ definition: CatalogServiceService, implementation: createCatalogService(connection, auth, logger, { gate }) }];
  },
  // Reservations never committed expire: one sweep a minute (any replica; the release is guarded).
  jobs: ({ connection, logger, config }) => ({
    tasks: { [EXPIRE_RESERVATIONS]: reservationExpiryTask(connection.sql, config.env.RESERVATION_TTL, logger) },
    crontab: `* * * * * ${EXPIRE_RESERVATIONS}`,
    concurrency: 1,
  }),
});

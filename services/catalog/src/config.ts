import { loadServiceConfig, serviceEnvSchema, type Env, type ServiceConfig } from '@shop/services-platform';
import { catalogService } from './service.js';

/** What `startCatalogService` needs; from env with `loadCatalogConfig`, or by hand in tests. */
export type CatalogConfig = ServiceConfig;

/** Environment of the catalog service (every variable listed in .env.example). */
export const catalogEnvSchema = serviceEnvSchema(catalogService);

/** Reads and validates the catalog config from env; throws ConfigError naming each bad variable. */
export const loadCatalogConfig = (env: Env = process.env): CatalogConfig => loadServiceConfig(catalogService, env);

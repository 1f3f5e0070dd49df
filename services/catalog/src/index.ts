export { catalogService } from './service.js';
export { startCatalogService, type RunningCatalogService } from './server.js';
export { loadCatalogConfig, catalogEnvSchema, type CatalogConfig } from './config.js';
export { seedCatalog, seedProductRows, slugify } from './db/seed/seed.js';
export { seedCategories } from './db/seed/seed-data.js';
export { catalogMigrationsFolder, schema, type CatalogDb } from './db/client.js';

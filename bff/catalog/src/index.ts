// @shop/bff-catalog: the catalog sub-app's GraphQL BFF.
export { catalogBff } from './bff.js';
export { createCatalogBff, startCatalogBff } from './app.js';
export type { CatalogBff, CatalogAppConfig, RunningCatalogBff, StartCatalogBffConfig } from './app.js';
export { loadConfig, catalogBffEnvSchema, type CatalogBffConfig } from './config.js';

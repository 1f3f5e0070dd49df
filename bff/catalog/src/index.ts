// @shop/bff-catalog: the catalog sub-app's GraphQL BFF.
export { createCatalogBff, startCatalogBff } from './app.js';
export type { CatalogBff, CatalogAppConfig, RunningCatalogBff, StartCatalogBffConfig } from './app.js';
export { loadConfig, type CatalogBffConfig } from './config.js';

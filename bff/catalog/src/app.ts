import { createBff, startBff, type BffStartConfig, type BuiltBff, type RunningBff } from '@shop/bff-platform';
import { catalogBff } from './bff.js';
import type { CatalogContext } from './context.js';

/** The catalog BFF app and how to release what it holds (the gRPC channel). */
export type CatalogBff = BuiltBff<CatalogContext>;
/** A running catalog BFF. */
export type RunningCatalogBff = RunningBff;
/** Config for startCatalogBff: `catalogServiceAddr`, the rest optional (port 0, 127.0.0.1, production). */
export type StartCatalogBffConfig = BffStartConfig<{ catalogServiceAddr: string; orderServiceAddr?: string }>;
/** Config needed to build the app (listening address not used). */
export type CatalogAppConfig = StartCatalogBffConfig;

/** Builds the catalog BFF: /graphql, /healthz, /readyz, /images/products/:slug.svg. */
export const createCatalogBff = (config: CatalogAppConfig): CatalogBff => createBff(catalogBff, config);

/** Starts the catalog BFF in-process (e2e, bench, orchestrator); port 0 picks a free port. */
export const startCatalogBff = (config: StartCatalogBffConfig): Promise<RunningCatalogBff> => startBff(catalogBff, config);

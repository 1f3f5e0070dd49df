import { bffEnvSchema, loadBffConfig, type BffConfig, type Env } from '@shop/bff-platform';
import { catalogBff } from './bff.js';

/** Validated configuration of the catalog BFF. */
export type CatalogBffConfig = BffConfig & { catalogServiceAddr: string; orderServiceAddr?: string };

/** Environment of the catalog BFF (every variable listed in .env.example). */
export const catalogBffEnvSchema = bffEnvSchema(catalogBff);

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export const loadConfig = (env: Env = process.env): CatalogBffConfig => loadBffConfig(catalogBff, env);

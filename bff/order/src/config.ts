import { bffEnvSchema, loadBffConfig, type BffConfig, type Env } from '@shop/bff-platform';
import { orderBff, type OrderBffSettings } from './bff.js';

/** Validated configuration of the order BFF. */
export type OrderBffConfig = BffConfig & OrderBffSettings;

/** Environment of the order BFF (every variable listed in .env.example). */
export const orderBffEnvSchema = bffEnvSchema(orderBff);

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export const loadConfig = (env: Env = process.env): OrderBffConfig => loadBffConfig(orderBff, env);

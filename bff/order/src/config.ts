import { bffEnvSchema, loadBffConfig, type BffConfig, type Env } from '@shop/bff-platform';
import { orderBff } from './bff.js';
import type { StreamLimits } from './subscriptions/stream-limiter.js';

/** Validated configuration of the order BFF. */
export type OrderBffConfig = BffConfig & { orderServiceAddr: string; imageBaseUrl?: string; streamLimits?: StreamLimits };

/** Environment of the order BFF (every variable listed in .env.example). */
export const orderBffEnvSchema = bffEnvSchema(orderBff);

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export const loadConfig = (env: Env = process.env): OrderBffConfig => loadBffConfig(orderBff, env);

import { bffEnvSchema, loadBffConfig, type BffConfig, type Env } from '@shop/bff-platform';
import { userBff } from './bff.js';
import type { LoginThrottleConfig } from './session/login-throttle.js';

export type { LoginThrottleConfig };

/** Validated configuration of the user BFF. */
export type UserBffConfig = BffConfig & { userServiceAddr: string; loginThrottle?: LoginThrottleConfig };

/** Environment of the user BFF (every variable listed in .env.example). */
export const userBffEnvSchema = bffEnvSchema(userBff);

/** Reads and validates the environment; throws ConfigError naming the bad variable. */
export const loadConfig = (env: Env = process.env): UserBffConfig => loadBffConfig(userBff, env);

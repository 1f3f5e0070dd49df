import { createBff, startBff, type BffStartConfig, type BuiltBff, type RunningBff } from '@shop/bff-platform';
import type { LoginThrottleConfig } from './session/login-throttle.js';
import { userBff } from './bff.js';
import type { UserContext } from './context.js';

/** Config for startUserBff: `userServiceAddr`, the rest optional (port 0, 127.0.0.1, production). */
export type StartUserBffConfig = BffStartConfig<{ userServiceAddr: string; loginThrottle?: LoginThrottleConfig }>;

/** Builds the user BFF (not listening): /graphql, /healthz, /readyz. */
export const createUserBff = (config: StartUserBffConfig): BuiltBff<UserContext> => createBff(userBff, config);

/** Starts the user BFF in-process (e2e, tests); port 0 picks a free port. */
export const startUserBff = (config: StartUserBffConfig): Promise<RunningBff> => startBff(userBff, config);

export type RunningUserBff = RunningBff;

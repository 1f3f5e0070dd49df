import { createBff, startBff, type BffStartConfig, type BuiltBff, type RunningBff } from '@shop/bff-platform';
import { orderBff, type OrderBffSettings } from './bff.js';
import type { OrderContext } from './context.js';

/** Config for startOrderBff: `orderServiceAddr`, the rest optional (port 0, 127.0.0.1, production). */
export type StartOrderBffConfig = BffStartConfig<OrderBffSettings>;

/** Builds the order BFF (not listening): /graphql, /healthz, /readyz. */
export const createOrderBff = (config: StartOrderBffConfig): BuiltBff<OrderContext> => createBff(orderBff, config);

/** Starts the order BFF in-process (e2e, tests); port 0 picks a free port. */
export const startOrderBff = (config: StartOrderBffConfig): Promise<RunningBff> => startBff(orderBff, config);

export type RunningOrderBff = RunningBff;

// The order BFF, declared: cart, checkout, order history and live order status over the order service.
import { z } from 'zod';
import { defineBff, serviceAddrVar } from '@shop/bff-platform';
import packageJson from '../package.json' with { type: 'json' };
import { orderContextFactory } from './context.js';
import { createOrderGateway, WATCH_DEADLINE_MS } from './grpc/order-gateway.js';
import { resolvers } from './resolvers/index.js';
import { ORDER_SERVICE_COSTS } from './resolvers/service-costs.js';
import { orderTypeDefs } from './schema.js';
import { createStopSignal } from './subscriptions/stop-signal.js';
import { createStreamLimiter, type StreamLimits } from './subscriptions/stream-limiter.js';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** What the order BFF needs beyond the platform's config (from env, or given by tests). */
export interface OrderBffSettings {
  orderServiceAddr: string;
  /** Origin of the catalog BFF, which serves product images. */
  imageBaseUrl?: string;
  streamLimits?: StreamLimits;
  /** Longest life of one live order stream (default WATCH_DEADLINE_MS). */
  watchDeadlineMs?: number;
}

/** Live order streams allowed per process and per shopper. */
export const DEFAULT_STREAM_LIMITS: StreamLimits = { maxStreams: 1000, maxPerViewer: 5 };

export const orderBff = defineBff({
  name: 'order',
  version: packageJson.version,
  port: 4003,
  corsOrigins: ['http://localhost:4200', 'http://localhost:4203'],
  env: {
    ORDER_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50053'),
    /** Origin of the catalog BFF, which serves product images. */
    IMAGE_BASE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:4002').transform((url) => url.replace(/\/+$/, '')),
    ORDER_MAX_STREAMS: count(DEFAULT_STREAM_LIMITS.maxStreams),
    ORDER_MAX_STREAMS_PER_VIEWER: count(DEFAULT_STREAM_LIMITS.maxPerViewer),
    /** Seconds a live order stream lasts at most before the client resubscribes (with a fresh token). */
    ORDER_WATCH_MAX_S: count(WATCH_DEADLINE_MS / 1000),
  },
  settings: (env): OrderBffSettings => ({
    orderServiceAddr: env.ORDER_SERVICE_ADDR,
    imageBaseUrl: env.IMAGE_BASE_URL,
    streamLimits: { maxStreams: env.ORDER_MAX_STREAMS, maxPerViewer: env.ORDER_MAX_STREAMS_PER_VIEWER },
    watchDeadlineMs: env.ORDER_WATCH_MAX_S * 1000,
  }),
  schema: orderTypeDefs,
  resolvers,
  serviceCosts: ORDER_SERVICE_COSTS,
  create(config, logger) {
    const orders = createOrderGateway(config.orderServiceAddr, logger, config.watchDeadlineMs);
    const limits = config.streamLimits ?? DEFAULT_STREAM_LIMITS;
    const streams = createStreamLimiter(limits);
    const stopping = createStopSignal(limits.maxStreams);
    return {
      createContext: orderContextFactory(orders, config.imageBaseUrl ?? 'http://localhost:4002', streams, stopping.signal),
      beforeStop: () => stopping.abort(),
      ready: () => orders.ready(),
      close: () => orders.close(),
    };
  },
});

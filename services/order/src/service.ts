// The order service, declared: carts, orders and the checkout saga over database shop_order,
// calling the catalog (stock) and payment services with its own service token.
import { OrderServiceService } from '@shop/contracts/order/v1';
import { defineService, type Logger } from '@shop/services-platform';
import { callerAuthEnvShape, loadServiceCredentials } from '@shop/services-platform/auth';
import { loadAuthKeys } from '@shop/node-platform/auth';
import type { Sql } from 'postgres';
import packageJson from '../package.json' with { type: 'json' };
import { createCarts } from './carts/carts.js';
import { orderEnvShape, type OrderEnv } from './config.js';
import { orderMigrationsFolder, schema } from './db/client.js';
import { createCatalogGateway } from './downstream/catalog.js';
import { createPaymentGateway } from './downstream/payment.js';
import { createOrderService } from './handlers/order-service.js';
import { sagaJobs } from './saga/saga-tasks.js';
import { startOrderFeed } from './watch/order-feed.js';

type Context = { connection: { sql: Sql }; logger: Logger; config: { env: OrderEnv & Record<string, unknown>; nodeEnv?: string }; onStop(step: () => Promise<void> | void): void };

// grpc() and jobs() share one set of downstream clients per started service.
const shared = new WeakMap<object, ReturnType<typeof prepare>>();

async function prepare({ connection, config, onStop }: Context) {
  const env = config.env;
  const credentials = await loadServiceCredentials('order', { env: env as never, nodeEnv: config.nodeEnv });
  const catalog = createCatalogGateway(env.CATALOG_SERVICE_ADDR, credentials, env.DOWNSTREAM_DEADLINE_MS);
  const payment = createPaymentGateway(env.PAYMENT_SERVICE_ADDR, credentials, env.DOWNSTREAM_DEADLINE_MS);
  onStop(() => {
    catalog.close();
    payment.close();
  });
  return { sql: connection.sql, catalog, payment, carts: createCarts(connection.sql, catalog) };
}

function depsOf(context: Context) {
  let deps = shared.get(context.connection);
  if (!deps) shared.set(context.connection, (deps = prepare(context)));
  return deps;
}

export const orderService = defineService({
  name: 'order',
  version: packageJson.version,
  ports: { grpc: 50053, admin: 9053 },
  // Every live order view is a WatchOrder stream, and a BFF multiplexes all of them (and its
  // unary calls) over one connection: the default 100 streams per connection would stall both.
  grpcLimits: { maxConcurrentStreams: 10_000 },
  schema,
  migrationsFolder: orderMigrationsFolder,
  // Shoppers' tokens in (AUTH_*), the order service's own token out (SERVICE_SIGNING_KEY).
  env: { ...orderEnvShape, ...callerAuthEnvShape },
  async grpc(context) {
    const { config, logger, gate, onStop } = context;
    const deps = await depsOf(context);
    const auth = await loadAuthKeys({ ...config.env, NODE_ENV: config.nodeEnv });
    const feed = await startOrderFeed(deps.sql, logger);
    onStop(() => feed.close());
    const placing = { ...deps, feed, paymentTimeoutSeconds: config.env.ORDER_PAYMENT_TIMEOUT };
    return [{ definition: OrderServiceService, implementation: createOrderService(placing, auth, logger, { gate }) }];
  },
  async jobs(context) {
    const { sql, catalog, payment } = await depsOf(context);
    const env = context.config.env;
    const settings = { paymentAttempts: env.ORDER_PAYMENT_ATTEMPTS, retryBaseMs: env.ORDER_RETRY_BASE_MS, fulfilmentDelayMs: env.FULFILMENT_DELAY * 1000 };
    return sagaJobs({ sql, catalog, payment, settings, logger: context.logger }, env.ORDER_JOB_CONCURRENCY);
  },
});

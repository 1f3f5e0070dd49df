// The checkout bench's processes, each its own node process in production mode (as deployed):
// PostgreSQL, the catalog, payment and order services and the order BFF. One key pair signs the
// shoppers' tokens (the bench mints them) and every tier verifies them.
import { resolve } from 'node:path';
import { createTestKeys, createTestServiceKeys, type TestKeys } from '@shop/node-platform/auth/testing';
import { findFreePort as freePort } from '@shop/services-platform';
import { startTestPostgres } from '@shop/services-platform/testing';
import { type Child, startChild } from '@shop/tools-dev/child';
import { waitReady } from '@shop/tools-dev/wait-ready';

const root = resolve(import.meta.dirname, '../../../..');

export interface CheckoutStack {
  /** The order BFF's /graphql. */
  bffUrl: string;
  /** The order service's gRPC address. */
  orderAddr: string;
  /** PostgreSQL server URL (databases shop_catalog, shop_order, shop_payment on it). */
  serverUrl: string;
  keys: TestKeys;
  pids: Record<string, number>;
  stop(): Promise<void>;
}

/** Starts the stack; `extraEnv` goes to every process (e.g. service credentials). */
export async function startCheckoutStack(extraEnv: Record<string, string> = {}): Promise<CheckoutStack> {
  const children: Child[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const child of [...children].reverse()) await child.stop();
    for (const cleanup of cleanups) await cleanup();
  };
  try {
    const server = await startTestPostgres();
    cleanups.push(server.stop);
    const keys = await createTestKeys('bench-checkout');
    // The order service signs its calls to catalog and payment with its own key; they trust it.
    const orderKeys = await createTestServiceKeys('order', 'bench');
    const common = {
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      DATABASE_URL: server.url,
      AUTH_VERIFICATION_KEYS: keys.verificationKeysJson,
      SERVICE_SIGNING_KEY: orderKeys.signingKeyJson,
      SERVICE_VERIFICATION_KEYS: orderKeys.verificationKeysJson,
      ...extraEnv,
    };
    const start = async (name: string, entry: string, env: Record<string, string>, readyUrl: string) => {
      const child = startChild(name, entry, { ...common, ...env }, root);
      children.push(child);
      await waitReady(readyUrl, child.exited);
    };
    const service = async (name: string, env: Record<string, string> = {}) => {
      const [grpcPort, adminPort] = [await freePort(), await freePort()];
      await start(`services-${name}`, `services/${name}/src/main.ts`, { GRPC_PORT: `${grpcPort}`, ADMIN_PORT: `${adminPort}`, SEED: 'true', ...env }, `http://127.0.0.1:${adminPort}/readyz`);
      return `127.0.0.1:${grpcPort}`;
    };
    const catalogAddr = await service('catalog');
    const paymentAddr = await service('payment');
    // Fulfilment well after the run: PAID is where the bench's sagas end.
    const orderAddr = await service('order', { CATALOG_SERVICE_ADDR: catalogAddr, PAYMENT_SERVICE_ADDR: paymentAddr, FULFILMENT_DELAY: '3600' });
    const bffPort = await freePort();
    await start('bff-order', 'bff/order/src/main.ts', {
      PORT: `${bffPort}`,
      ORDER_SERVICE_ADDR: orderAddr,
      PUBLIC_URL: 'http://localhost:4003',
      CORS_ORIGINS: 'http://localhost:4200',
      RATE_LIMIT_POINTS: '0',
    }, `http://127.0.0.1:${bffPort}/readyz`);
    return {
      bffUrl: `http://127.0.0.1:${bffPort}/graphql`,
      orderAddr,
      serverUrl: server.url,
      keys,
      pids: Object.fromEntries(children.map((child) => [child.name, child.process.pid!])),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

// Integration-test stack: the real catalog (seeded), payment and order services, each on a fresh
// test database, ports 0, trusting one set of test keys (users' and the order service's).
import { Metadata } from '@grpc/grpc-js';
import { CatalogServiceClient } from '@shop/contracts/catalog/v1';
import { OrderServiceClient } from '@shop/contracts/order/v1';
import { PaymentServiceClient } from '@shop/contracts/payment/v1';
import type { Permission } from '@shop/contracts/auth';
import { mintTestToken, type TestKeys } from '@shop/node-platform/auth/testing';
import { paymentService } from '@shop/services-payment';
import { catalogService } from '@shop/services-catalog';
import { createTestAuthEnv, startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import { orderService } from '../service.js';

/** What a shopper's token holds. */
export const SHOPPER: readonly Permission[] = ['account:manage-own', 'orders:place', 'orders:read:own'];

export interface OrderStack {
  order: ServiceHarness<OrderServiceClient>;
  catalog: ServiceHarness<CatalogServiceClient>;
  payment: ServiceHarness<PaymentServiceClient>;
  orderAddr: string;
  catalogAddr: string;
  keys: { users: TestKeys; services: TestKeys };
  /** An access token the order service trusts (default: a shopper's permissions). */
  userToken(userId: string, permissions?: readonly Permission[]): Promise<string>;
  /** Metadata carrying `userToken(userId, permissions)`. */
  asUser(permissions?: readonly Permission[], userId?: string): Promise<Metadata>;
  close(): Promise<void>;
}

export interface OrderStackOptions {
  /** Order service env (e.g. FULFILMENT_DELAY, ORDER_PAYMENT_TIMEOUT). */
  order?: Record<string, unknown>;
  /** Payment service env (PAYMENT_FAILURE_RATE, PAYMENT_LATENCY_MS). */
  payment?: Record<string, unknown>;
  /** Catalog service env (RESERVATION_TTL). */
  catalog?: Record<string, unknown>;
}

/** The services the order service calls, trusting one set of test keys, and the env that wires the order service to them. */
export interface Downstream {
  catalog: ServiceHarness<CatalogServiceClient>;
  payment: ServiceHarness<PaymentServiceClient>;
  keys: { users: TestKeys; services: TestKeys };
  /** Env for an order service that calls these (addresses, keys). */
  orderEnv: Record<string, string>;
  close(): Promise<void>;
}

/** Starts catalog (seeded) and payment on fresh databases. */
export async function startDownstream(options: Pick<OrderStackOptions, 'catalog' | 'payment'> = {}): Promise<Downstream> {
  const { keys, env: trust } = await createTestAuthEnv('order');
  const catalog = await startServiceHarness(catalogService, CatalogServiceClient, { env: { ...trust, ...options.catalog } as never });
  const payment = await startServiceHarness(paymentService, PaymentServiceClient, { seed: false, env: { ...trust, ...options.payment } as never }).catch(async (error: unknown) => {
    await catalog.close();
    throw error;
  });
  return {
    catalog,
    payment,
    keys,
    orderEnv: {
      AUTH_VERIFICATION_KEYS: trust.AUTH_VERIFICATION_KEYS,
      SERVICE_SIGNING_KEY: keys.services.signingKeyJson,
      CATALOG_SERVICE_ADDR: catalog.address,
      PAYMENT_SERVICE_ADDR: payment.address,
    },
    close: async () => {
      await payment.close();
      await catalog.close();
    },
  };
}

/** Starts catalog → payment → order; `close()` stops them in reverse. */
export async function startOrderStack(options: OrderStackOptions = {}): Promise<OrderStack> {
  const downstream = await startDownstream(options);
  const { catalog, payment, keys } = downstream;
  try {
    const order = await startServiceHarness(orderService, OrderServiceClient, {
      seed: false,
      env: { ...downstream.orderEnv, FULFILMENT_DELAY: 0, ORDER_RETRY_BASE_MS: 20, ...options.order } as never,
    });
    const userToken = (userId: string, permissions: readonly Permission[] = SHOPPER) => mintTestToken(keys.users, userId, permissions, { ttlSeconds: 600 });
    return {
      order,
      catalog,
      payment,
      orderAddr: order.address,
      catalogAddr: catalog.address,
      keys,
      userToken,
      async asUser(permissions = SHOPPER, userId = 'u-test') {
        const metadata = new Metadata();
        metadata.set('authorization', `Bearer ${await userToken(userId, permissions)}`);
        return metadata;
      },
      close: async () => {
        await order.close();
        await downstream.close();
      },
    };
  } catch (error) {
    await downstream.close();
    throw error;
  }
}

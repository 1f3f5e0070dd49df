// Integration-test helper: the real catalog service on a fresh PostgreSQL database (seeded)
// plus the catalog BFF, every server on port 0.
import { startServiceBffStack, type ServiceBffStack } from '@shop/bff-platform/testing';
import { CatalogServiceClient } from '@shop/contracts/catalog/v1';
import { catalogService } from '@shop/services-catalog';
import { startCatalogBff, type StartCatalogBffConfig } from '../app.js';

export type { GraphQLBody } from '@shop/bff-platform/testing';

/** A running catalog stack for one test file. */
export type CatalogStack = ServiceBffStack<CatalogServiceClient> & { catalogAddr: string };

/** Starts PostgreSQL database → catalog service (seeded) → catalog BFF. */
export async function startCatalogStack(overrides: Partial<StartCatalogBffConfig> = {}): Promise<CatalogStack> {
  const stack = await startServiceBffStack(catalogService, CatalogServiceClient, (catalogServiceAddr) =>
    startCatalogBff({ catalogServiceAddr, corsOrigins: ['http://localhost:4200'], nodeEnv: 'test', logLevel: 'silent', ...overrides }),
  );
  return Object.assign(stack, { catalogAddr: stack.serviceAddr });
}

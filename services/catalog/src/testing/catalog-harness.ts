import { CatalogServiceClient } from '@shop/contracts/catalog/v1';
import { startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import { catalogService } from '../service.js';

/** A catalog service on a fresh test database with a real gRPC client, for integration tests. */
export type CatalogHarness = ServiceHarness<CatalogServiceClient>;

/** Starts catalog (migrated, seeded unless told otherwise) on ports 0 and connects a client to it. */
export function startCatalogHarness(options: { seed?: boolean } = {}): Promise<CatalogHarness> {
  return startServiceHarness(catalogService, CatalogServiceClient, options);
}

import type { Metadata } from '@grpc/grpc-js';
import { CatalogServiceClient } from '@shop/contracts/catalog/v1';
import { startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import { catalogService } from '../service.js';

/**
 * A catalog service on a fresh test database with a real gRPC client, for integration tests.
 * `call` sends the order service's token unless given other metadata (`new Metadata()` for none).
 */
export type CatalogHarness = ServiceHarness<CatalogServiceClient>;

/** Starts catalog (migrated, seeded unless told otherwise) on ports 0 and connects a client to it. */
export async function startCatalogHarness(options: { seed?: boolean; env?: Record<string, unknown> } = {}): Promise<CatalogHarness> {
  const harness = await startServiceHarness(catalogService, CatalogServiceClient, { seed: options.seed, env: options.env as never });
  let asService: Promise<Metadata> | undefined;
  const call = harness.call;
  // One token for the harness's life (its TTL is 60 s; test files finish well within it).
  harness.call = async (method, request, metadata) => call(method, request, metadata ?? (await (asService ??= harness.asService())));
  return harness;
}

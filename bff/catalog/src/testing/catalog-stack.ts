// Integration-test helper (testing/ may import services): a real catalog service on a fresh
// PostgreSQL database plus the catalog BFF, every server on port 0.
import { graphqlRequester, startInProcessStack, type GqlRequest } from '@shop/bff-platform/testing';
import { createLogger } from '@shop/services-platform';
import { createTestDatabase } from '@shop/services-platform/testing';
import { startCatalogService } from '@shop/services-catalog';
import { startCatalogBff, type RunningCatalogBff, type StartCatalogBffConfig } from '../app.js';

export type { GraphQLBody } from '@shop/bff-platform/testing';

/** A running catalog stack for one test file. */
export interface CatalogStack {
  bff: RunningCatalogBff;
  catalogAddr: string;
  /** URL of the service's test database (to plant odd rows). */
  databaseUrl: string;
  /** POSTs a GraphQL request; returns status, headers and parsed JSON. */
  gql: GqlRequest;
  stop(): Promise<void>;
}

/** Starts PostgreSQL database → catalog service (seeded) → catalog BFF. */
export function startCatalogStack(overrides: Partial<StartCatalogBffConfig> = {}): Promise<CatalogStack> {
  return startInProcessStack(async (defer) => {
    const database = await createTestDatabase('catalog');
    defer(() => database.drop());
    const service = await startCatalogService(
      { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, seed: true },
      createLogger('catalog-test', 'silent'),
    );
    defer(() => service.stop());
    const catalogAddr = `127.0.0.1:${service.grpcPort}`;
    const bff = await startCatalogBff({
      catalogServiceAddr: catalogAddr,
      corsOrigins: ['http://localhost:4200'],
      nodeEnv: 'test',
      logLevel: 'silent',
      ...overrides,
    });
    defer(() => bff.stop());
    return { bff, catalogAddr, databaseUrl: database.url, gql: graphqlRequester(bff.url) };
  });
}

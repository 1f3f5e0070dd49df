// Integration-test helper (testing/ may import services): a real catalog service on a fresh
// PostgreSQL database plus the catalog BFF, every server on port 0.
import { postGraphQL } from '@shop/bff-platform/testing';
import { createLogger } from '@shop/services-platform';
import { createTestDatabase } from '@shop/services-platform/testing';
import { startCatalogService } from '@shop/services-catalog';
import { startCatalogBff, type RunningCatalogBff, type StartCatalogBffConfig } from '../app.js';

/** A running catalog stack for one test file. */
export interface CatalogStack {
  bff: RunningCatalogBff;
  catalogAddr: string;
  /** URL of the service's test database (to plant odd rows). */
  databaseUrl: string;
  /** POSTs a GraphQL request; returns status, headers and parsed JSON. */
  gql(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  stop(): Promise<void>;
}

/** A GraphQL response body. */
export interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
}

/** Starts PostgreSQL database → catalog service (seeded) → catalog BFF. */
export async function startCatalogStack(
  overrides: Partial<StartCatalogBffConfig> = {},
): Promise<CatalogStack> {
  const database = await createTestDatabase('catalog');
  const service = await startCatalogService(
    { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, seed: true },
    createLogger('catalog-test', 'silent'),
  );
  const catalogAddr = `127.0.0.1:${service.grpcPort}`;
  const bff = await startCatalogBff({
    catalogServiceAddr: catalogAddr,
    corsOrigins: ['http://localhost:4200'],
    nodeEnv: 'test',
    logLevel: 'silent',
    ...overrides,
  });
  return {
    bff,
    catalogAddr,
    databaseUrl: database.url,
    async gql(query, variables, headers = {}) {
      const answer = await postGraphQL(`${bff.url}/graphql`, { query, variables }, headers);
      return { status: answer.status, headers: answer.headers, body: JSON.parse(answer.text) as GraphQLBody };
    },
    async stop() {
      await bff.stop();
      await service.stop();
      await database.drop();
    },
  };
}

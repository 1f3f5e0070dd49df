import { credentials, Metadata, type CallOptions, type ServiceError } from '@grpc/grpc-js';
import { CatalogServiceClient } from '@shop/contracts/catalog/v1';
import { createTestDatabase, type TestDatabase } from '@shop/services-platform/testing';
import { startCatalogService, type RunningCatalogService } from '../server.js';
import { createLogger } from '@shop/services-platform';

/** A catalog service on a fresh test database with a real gRPC client, for integration tests. */
export interface CatalogHarness {
  service: RunningCatalogService;
  client: CatalogServiceClient;
  database: TestDatabase;
  /** Calls a unary method and resolves with its response (rejects with the ServiceError). */
  call<Req, Res>(
    // The 4-argument overload: TypeScript infers from an overloaded method's last signature.
    method: (
      req: Req,
      md: Metadata,
      options: Partial<CallOptions>,
      cb: (err: ServiceError | null, res: Res) => void,
    ) => unknown,
    request: Req,
  ): Promise<Res>;
  close(): Promise<void>;
}

/** Starts catalog (migrated, optionally seeded) on ports 0 and connects a client to it. */
export async function startCatalogHarness(options: { seed?: boolean } = {}): Promise<CatalogHarness> {
  const database = await createTestDatabase('catalog');
  const service = await startCatalogService(
    { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, seed: options.seed ?? true },
    createLogger('catalog-test', 'silent'),
  );
  const client = new CatalogServiceClient(`127.0.0.1:${service.grpcPort}`, credentials.createInsecure());
  return {
    service,
    client,
    database,
    call: (method, request) =>
      new Promise((resolve, reject) => {
        method.call(client, request, new Metadata(), { deadline: Date.now() + 10_000 }, (error, response) =>
          error ? reject(error) : resolve(response),
        );
      }),
    close: async () => {
      client.close();
      await service.stop();
      await database.drop();
    },
  };
}

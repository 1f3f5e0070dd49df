// Integration-test helper: a real gRPC server in front of the real catalog service that
// forwards every unary call and records its method, so a test can count the calls a
// GraphQL request caused (nothing is stubbed: both hops are gRPC over sockets).
import { credentials, Server, ServerCredentials, type Metadata, type ServiceError, type UntypedServiceImplementation } from '@grpc/grpc-js';
import { CatalogServiceClient, CatalogServiceService } from '@shop/contracts/catalog/v1';

/** A running recording proxy. */
export interface RecordingCatalogProxy {
  /** `127.0.0.1:<port>`: point the BFF here. */
  address: string;
  /** Method names (e.g. `listCategories`) in the order the calls arrived. */
  calls: string[];
  stop(): Promise<void>;
}

type Forward = (request: unknown, metadata: Metadata, callback: (error: ServiceError | null, response?: unknown) => void) => void;

/** Starts a proxy on port 0 that forwards to the catalog service at `target`. */
export async function startRecordingCatalogProxy(target: string): Promise<RecordingCatalogProxy> {
  const client = new CatalogServiceClient(target, credentials.createInsecure());
  const calls: string[] = [];
  const implementation: UntypedServiceImplementation = {};
  for (const method of Object.keys(CatalogServiceService)) {
    const forward = (client as unknown as Record<string, Forward>)[method]!.bind(client);
    implementation[method] = (
      call: { request: unknown; metadata: Metadata },
      callback: (error: ServiceError | null, response?: unknown) => void,
    ) => {
      calls.push(method);
      forward(call.request, call.metadata, (error, response) => callback(error, response));
    };
  }
  const server = new Server();
  server.addService(CatalogServiceService, implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))),
  );
  return {
    address: `127.0.0.1:${port}`,
    calls,
    async stop() {
      client.close();
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    },
  };
}

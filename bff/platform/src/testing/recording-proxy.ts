// Integration-test helper: a real gRPC server in front of a real service that forwards every
// unary call and records its method, so a test can count the calls a GraphQL request caused
// (nothing is stubbed: both hops are gRPC over sockets).
import {
  credentials,
  makeGenericClientConstructor,
  Server,
  ServerCredentials,
  type Metadata,
  type ServiceDefinition,
  type ServiceError,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';

/** A running recording proxy. */
export interface RecordingProxy {
  /** `127.0.0.1:<port>`: point the BFF here. */
  address: string;
  /** Method names (e.g. `listCategories`) in the order the calls arrived. */
  calls: string[];
  stop(): Promise<void>;
}

type Forward = (request: unknown, metadata: Metadata, callback: (error: ServiceError | null, response?: unknown) => void) => void;

/** Starts a proxy on port 0 that forwards the unary methods of `definition` to `target`. */
export async function startRecordingProxy(definition: ServiceDefinition, target: string): Promise<RecordingProxy> {
  const Client = makeGenericClientConstructor(definition, 'RecordingProxy');
  const client = new Client(target, credentials.createInsecure());
  const calls: string[] = [];
  const implementation: UntypedServiceImplementation = {};
  for (const method of Object.keys(definition)) {
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
  server.addService(definition, implementation);
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

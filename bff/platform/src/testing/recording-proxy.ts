// Integration-test helper: a real gRPC server in front of a real service that forwards every
// unary call and records its method and metadata, so a test can see which calls a GraphQL
// request caused and what they carried (e.g. `authorization`). Nothing is stubbed.
import {
  credentials,
  makeGenericClientConstructor,
  Server,
  ServerCredentials,
  type Client,
  type Metadata,
  type ServiceDefinition,
  type ServiceError,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';

/** One forwarded call. */
export interface RecordedCall {
  method: string;
  /** Metadata as received (first value per key). */
  metadata: Record<string, string>;
}

/** A running recording proxy. */
export interface RecordingProxy {
  /** `127.0.0.1:<port>`: point the BFF here. */
  address: string;
  calls: RecordedCall[];
  stop(): Promise<void>;
}

type Forward = (request: unknown, metadata: Metadata, callback: (error: ServiceError | null, response?: unknown) => void) => void;

/** Starts a proxy on port 0 forwarding `definition`'s unary methods to `target`. */
export async function startRecordingProxy(definition: ServiceDefinition, target: string): Promise<RecordingProxy> {
  const Ctor = makeGenericClientConstructor(definition, 'RecordingProxy');
  const client: Client = new Ctor(target, credentials.createInsecure());
  const calls: RecordedCall[] = [];
  const implementation: UntypedServiceImplementation = {};
  for (const method of Object.keys(definition)) {
    const forward = (client as unknown as Record<string, Forward>)[method]!.bind(client);
    implementation[method] = (
      call: { request: unknown; metadata: Metadata },
      callback: (error: ServiceError | null, response?: unknown) => void,
    ) => {
      const metadata: Record<string, string> = {};
      for (const [key, value] of Object.entries(call.metadata.getMap())) metadata[key] = String(value);
      calls.push({ method, metadata });
      // Forward what a caller may set; grpc-js adds its own transport headers again.
      const outgoing = call.metadata.clone();
      for (const key of ['user-agent', 'grpc-accept-encoding', 'grpc-encoding', 'content-type', 'te']) outgoing.remove(key);
      forward(call.request, outgoing, (error, response) => callback(error, response));
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

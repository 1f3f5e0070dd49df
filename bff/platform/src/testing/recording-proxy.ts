// Integration-test helper: a real gRPC server in front of a real service that forwards every
// unary call and server stream and records its method and metadata, so a test can see which calls
// a GraphQL request caused, what they carried (e.g. `authorization`) and whether the BFF cancelled
// a stream when its client left. Nothing is stubbed.
import {
  credentials,
  makeGenericClientConstructor,
  Server,
  ServerCredentials,
  type Client,
  type ClientReadableStream,
  type Metadata,
  type ServerWritableStream,
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
  /** Server streams open through the proxy now. */
  openStreams(): number;
  /** Methods of the server streams the caller cancelled (in order). */
  cancelledStreams: string[];
  stop(): Promise<void>;
}

type Forward = (request: unknown, metadata: Metadata, callback: (error: ServiceError | null, response?: unknown) => void) => void;
type OpenStream = (request: unknown, metadata: Metadata) => ClientReadableStream<unknown>;

/** Metadata as received, then as forwarded (what a caller may set; grpc-js adds its own transport headers again). */
function relayMetadata(incoming: Metadata): { recorded: Record<string, string>; outgoing: Metadata } {
  const recorded: Record<string, string> = {};
  for (const [key, value] of Object.entries(incoming.getMap())) recorded[key] = String(value);
  const outgoing = incoming.clone();
  for (const key of ['user-agent', 'grpc-accept-encoding', 'grpc-encoding', 'content-type', 'te']) outgoing.remove(key);
  return { recorded, outgoing };
}

/** Starts a proxy on port 0 forwarding `definition`'s unary methods and server streams to `target`. */
export async function startRecordingProxy(definition: ServiceDefinition, target: string): Promise<RecordingProxy> {
  const Ctor = makeGenericClientConstructor(definition, 'RecordingProxy');
  const client: Client = new Ctor(target, credentials.createInsecure());
  const calls: RecordedCall[] = [];
  const cancelledStreams: string[] = [];
  let open = 0;
  const implementation: UntypedServiceImplementation = {};
  for (const [method, spec] of Object.entries(definition)) {
    if (spec.requestStream) continue;
    if (spec.responseStream) {
      const openUpstream = (client as unknown as Record<string, OpenStream>)[method]!.bind(client);
      implementation[method] = (call: ServerWritableStream<unknown, unknown>) => {
        const { recorded, outgoing } = relayMetadata(call.metadata);
        calls.push({ method, metadata: recorded });
        const upstream = openUpstream(call.request, outgoing);
        open += 1;
        let closed = false;
        const close = () => {
          if (closed) return;
          closed = true;
          open -= 1;
        };
        call.on('cancelled', () => {
          if (!closed) cancelledStreams.push(method);
          close();
          upstream.cancel();
        });
        upstream.on('data', (message: unknown) => call.write(message));
        upstream.on('end', () => (close(), call.end()));
        upstream.on('error', (error: ServiceError) => (close(), call.emit('error', error)));
      };
      continue;
    }
    const forward = (client as unknown as Record<string, Forward>)[method]!.bind(client);
    implementation[method] = (
      call: { request: unknown; metadata: Metadata },
      callback: (error: ServiceError | null, response?: unknown) => void,
    ) => {
      const { recorded, outgoing } = relayMetadata(call.metadata);
      calls.push({ method, metadata: recorded });
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
    openStreams: () => open,
    cancelledStreams,
    async stop() {
      client.close();
      await new Promise<void>((resolve) => server.tryShutdown(() => resolve()));
    },
  };
}

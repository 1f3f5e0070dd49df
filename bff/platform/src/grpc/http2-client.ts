import { constants, type ClientHttp2Stream, type IncomingHttpHeaders } from 'node:http2';
import { status as GrpcStatus, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { frameMessage, grpcError, statusFrom, unframeMessage } from './grpc-wire.js';
import { Http2Connection } from './http2-connection.js';

/** The parts of a ts-proto / grpc-js method definition a unary call needs. */
export interface UnaryMethodDefinition {
  path: string;
  requestStream: boolean;
  responseStream: boolean;
  requestSerialize(value: never): Buffer;
  responseDeserialize(bytes: Buffer): unknown;
}

type Callback = (error: ServiceError | null, response?: unknown) => void;

/** Options of the HTTP/2 unary transport. */
export interface Http2ClientOptions {
  /** Largest response accepted (bytes); larger → RESOURCE_EXHAUSTED. */
  maxReceiveBytes: number;
}

function unaryCall(
  connection: Http2Connection,
  method: UnaryMethodDefinition,
  options: Http2ClientOptions,
  request: unknown,
  metadata: Metadata,
  deadline: number,
  callback: Callback,
): void {
  let finished = false;
  let stream: ClientHttp2Stream | undefined;
  const finish = (error: ServiceError | null, response?: unknown) => {
    if (finished) return;
    finished = true;
    clearTimeout(timer);
    if (error && stream && !stream.closed) stream.close(constants.NGHTTP2_CANCEL);
    callback(error, response);
  };
  const remaining = deadline - Date.now();
  const timer = setTimeout(() => {
    finish(grpcError(GrpcStatus.DEADLINE_EXCEEDED, 'Deadline exceeded'));
    connection.probe();
  }, Math.max(0, remaining));
  if (remaining <= 0) return;
  const headers: Record<string, string | string[]> = {
    ':method': 'POST',
    ':path': method.path,
    'content-type': 'application/grpc',
    te: 'trailers',
    'grpc-timeout': `${Math.min(Math.ceil(remaining), 99_999_999)}m`,
  };
  for (const [key, value] of Object.entries(metadata.getMap())) {
    if (typeof value === 'string') headers[key] = value;
  }
  let frame: Buffer;
  try {
    frame = frameMessage(method.requestSerialize(request as never));
    stream = connection.get().request(headers);
  } catch (error) {
    return finish(grpcError(GrpcStatus.UNAVAILABLE, (error as Error).message));
  }
  let httpStatus: number | undefined;
  let head: IncomingHttpHeaders | undefined;
  let trailers: IncomingHttpHeaders | undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  stream.on('response', (h) => {
    head = h;
    httpStatus = Number(h[':status']);
  });
  stream.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > options.maxReceiveBytes + 5) {
      finish(grpcError(GrpcStatus.RESOURCE_EXHAUSTED, `response larger than ${options.maxReceiveBytes} bytes`));
      return;
    }
    chunks.push(chunk);
  });
  stream.on('trailers', (t) => {
    trailers = t;
  });
  stream.on('error', (error: Error) => finish(grpcError(GrpcStatus.UNAVAILABLE, error.message)));
  stream.on('close', () => {
    if (finished) return;
    // Trailers-only responses carry grpc-status in the headers.
    const status = statusFrom(httpStatus, trailers ?? (head?.['grpc-status'] !== undefined ? head : undefined));
    if (status) {
      // No response at all (refused stream, dropped connection): the service was not reached.
      if (!head) return finish(grpcError(GrpcStatus.UNAVAILABLE, `no response (stream reset ${stream?.rstCode ?? 0})`));
      return finish(status);
    }
    const message = unframeMessage(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    if (typeof message === 'string') return finish(grpcError(GrpcStatus.INTERNAL, message));
    try {
      finish(null, method.responseDeserialize(message));
    } catch (error) {
      finish(grpcError(GrpcStatus.INTERNAL, `cannot decode response: ${(error as Error).message}`));
    }
  });
  stream.end(frame);
}

/**
 * A lean unary-only gRPC client over node:http2 with the generated client's method shape
 * (`method(request, metadata, { deadline }, callback)`), `waitForReady` and `close`.
 * It skips grpc-js's interceptor/retry/load-balancing layers, about halving client CPU per
 * call (measured: ≈300 → ≈170 µs for ListProducts(20)). Plaintext only (private network).
 */
export function createHttp2GrpcClient(
  service: Record<string, UnaryMethodDefinition>,
  address: string,
  options: Http2ClientOptions,
): Record<string, unknown> {
  const connection = new Http2Connection(`http://${address}`);
  const client: Record<string, unknown> = {
    waitForReady(deadline: Date | number, callback: (error?: Error) => void) {
      connection
        .waitForConnect(Number(deadline))
        .then((ok) => callback(ok ? undefined : new Error(`cannot connect to ${address}`)));
    },
    close: () => connection.close(),
  };
  for (const [name, method] of Object.entries(service)) {
    if (method.requestStream || method.responseStream) continue;
    client[name] = (request: unknown, metadata: Metadata, callOptions: { deadline?: Date | number }, callback: Callback) => {
      const deadline = callOptions.deadline === undefined ? Date.now() + 60_000 : Number(callOptions.deadline);
      unaryCall(connection, method, options, request, metadata, deadline, callback);
      return {};
    };
  }
  return client;
}

// A unary call to another service as a promise, with a deadline and this service's credentials.
import { Metadata, status, type CallOptions, type ServiceError } from '@grpc/grpc-js';

/** A generated client's unary method in its (request, metadata, options, callback) form. */
export type Unary<Req, Res> = (req: Req, md: Metadata, options: Partial<CallOptions>, cb: (err: ServiceError | null, res: Res) => void) => unknown;

/** Calls `method` on `client` with `metadata`, failing with DEADLINE_EXCEEDED after `deadlineMs`. */
export function callUnary<Req, Res>(client: object, method: Unary<Req, Res>, request: Req, metadata: Metadata, deadlineMs: number): Promise<Res> {
  return new Promise((resolve, reject) => {
    method.call(client, request, metadata, { deadline: Date.now() + deadlineMs }, (error, response) => (error ? reject(error) : resolve(response)));
  });
}

/** True for a gRPC error worth retrying: the callee was unreachable, overloaded or too slow. */
export function isTransient(error: unknown): boolean {
  const code = (error as Partial<ServiceError> | undefined)?.code;
  return code === status.UNAVAILABLE || code === status.DEADLINE_EXCEEDED || code === status.RESOURCE_EXHAUSTED || code === status.ABORTED;
}

/** The gRPC status code of `error`, or undefined when it is not a gRPC error. */
export function grpcCode(error: unknown): number | undefined {
  const code = (error as Partial<ServiceError> | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** A metadata value of a gRPC error (e.g. `out-of-stock-product-ids`). */
export function errorMetadata(error: unknown, key: string): string | undefined {
  const value = (error as Partial<ServiceError> | undefined)?.metadata?.get(key)[0];
  return typeof value === 'string' ? value : undefined;
}

import type { Metadata, ServiceDefinition, ServiceError } from '@grpc/grpc-js';

/** One recorded call of a stub client. */
export interface StubCall {
  method: string;
  request: unknown;
  metadata: Metadata;
  deadline: unknown;
}

/** What a stub method answers for a request: an error, or a response. */
export type StubReply = (request: unknown) => { error?: ServiceError; response?: unknown };

/**
 * A stub of a generated gRPC client for unit tests: every unary method of `definition` records
 * its call (method, request, metadata, deadline) and answers, asynchronously, from `replies`
 * (an empty response when a method has no reply).
 */
export function stubGrpcClient<C>(
  definition: ServiceDefinition | Record<string, unknown>,
  replies: Partial<Record<string, StubReply>>,
): { client: C; calls: StubCall[] } {
  const calls: StubCall[] = [];
  const method =
    (name: string) =>
    (request: unknown, metadata: Metadata, options: { deadline?: unknown }, callback: (e: ServiceError | null, r?: unknown) => void) => {
      calls.push({ method: name, request, metadata, deadline: options.deadline });
      const reply = replies[name]?.(request) ?? {};
      setImmediate(() => callback(reply.error ?? null, reply.response));
    };
  const client = Object.fromEntries(Object.keys(definition).map((name) => [name, method(name)]));
  return { client: client as C, calls };
}

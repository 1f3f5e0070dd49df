// The generic half of every gateway (a BFF's promise-shaped view of one gRPC service): deadlines,
// one retry of reads on UNAVAILABLE, THE gRPC → GraphQL error mapping with the service's field
// names renamed to GraphQL argument names, logging of what gets masked, readiness by gRPC health.
import type { Client } from '@grpc/grpc-js';
import { GraphQLError } from 'graphql';
import type { Logger } from '@shop/node-platform';
import { ErrorCode } from '../graphql/error-codes.js';
import { toGraphQLError } from '../graphql/to-graphql-error.js';
import { callUnary, type RequestOf, type ResponseOf, type UnaryMethodName } from './call-unary.js';
import { closeGrpcClient, createGrpcClient, type GrpcClientCtor } from './client.js';
import { createHealthCheck } from './health-check.js';

/** Per-call options of a gateway call. */
export interface GatewayCallOptions {
  /** Propagated as gRPC metadata `x-request-id` and logged with failures. */
  requestId: string;
  /** Renames the service's `field` metadata to the GraphQL argument it came from. */
  field?: (serviceField: string) => string;
  /** The caller's verified access token, forwarded as metadata `authorization: Bearer …`. */
  accessToken?: string;
  /** Extra metadata. */
  metadata?: Record<string, string>;
}

/** Calls of one client, as a gateway's methods make them. */
export interface GatewayCaller<C extends Client> {
  /** Idempotent read: deadline, one retry on UNAVAILABLE, errors mapped for GraphQL. */
  read<M extends UnaryMethodName<C>>(method: M, request: RequestOf<C, M>, options: GatewayCallOptions): Promise<ResponseOf<C, M>>;
  /** Write (never retried): deadline, errors mapped for GraphQL. */
  write<M extends UnaryMethodName<C>>(method: M, request: RequestOf<C, M>, options: GatewayCallOptions): Promise<ResponseOf<C, M>>;
}

/** Options of `gatewayCaller`. */
export interface GatewayCallerOptions {
  /** Service label for logs, e.g. `catalog`. */
  service: string;
  logger: Logger;
  /** Deadline of every call (default 2000 ms, DESIGN.md "Operations"). */
  deadlineMs?: number;
}

/** Converts a failed call to THE GraphQL error mapping; logs what gets masked or means an outage. */
export function gatewayFailure(options: GatewayCallerOptions, method: string, call: GatewayCallOptions) {
  return (error: unknown): never => {
    const mapped = toGraphQLError(error);
    const code = mapped.extensions['code'];
    if (code === ErrorCode.Internal || code === ErrorCode.Unavailable) {
      options.logger.error({ request_id: call.requestId, err: error, method }, `${options.service} call failed`);
    }
    const original = mapped.extensions['field'];
    if (call.field && typeof original === 'string') {
      throw new GraphQLError(mapped.message, { extensions: { ...mapped.extensions, field: call.field(original) } });
    }
    throw mapped;
  };
}

/** Builds the read/write calls of a gateway over `client` (a stub in unit tests). */
export function gatewayCaller<C extends Client>(client: C, options: GatewayCallerOptions): GatewayCaller<C> {
  const deadlineMs = options.deadlineMs ?? 2000;
  const call =
    (retryOnUnavailable: boolean) =>
    <M extends UnaryMethodName<C>>(method: M, request: RequestOf<C, M>, call: GatewayCallOptions) =>
      callUnary(client, method, request, {
        deadlineMs,
        requestId: call.requestId,
        accessToken: call.accessToken,
        metadata: call.metadata,
        retryOnUnavailable,
      }).catch(
        gatewayFailure(options, method, call),
      );
  return { read: call(true), write: call(false) };
}

/** A shared client to a service plus its readiness (gRPC health SERVING) and release. */
export interface ServiceConnection<C extends Client> {
  client: C;
  ready(): Promise<boolean>;
  close(): void;
}

/** Connects to `address` over the shared channel; ready = `healthService` reports SERVING. */
export function connectService<C extends Client>(Ctor: GrpcClientCtor<C>, address: string, healthService: string): ServiceConnection<C> {
  const client = createGrpcClient(Ctor, address);
  const health = createHealthCheck(address, healthService);
  return {
    client,
    ready: () => health.check(),
    close() {
      closeGrpcClient(client);
      health.close();
    },
  };
}

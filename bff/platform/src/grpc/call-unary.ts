import {
  Metadata,
  status as GrpcStatus,
  type CallOptions,
  type Client,
  type ClientUnaryCall,
  type ServiceError,
} from '@grpc/grpc-js';
import { isServiceError } from '../graphql/to-graphql-error.js';

type UnaryFn<Req, Res> = (
  request: Req,
  metadata: Metadata,
  options: Partial<CallOptions>,
  callback: (error: ServiceError | null, response: Res) => void,
) => ClientUnaryCall;

/** Names of the unary methods of a generated client. */
export type UnaryMethodName<C> = {
  [K in keyof C]: C[K] extends UnaryFn<infer _Req, infer _Res> ? K : never;
}[keyof C] &
  string;

/** Request type of a unary method (from its 4-argument overload). */
export type RequestOf<C, M extends keyof C> = C[M] extends UnaryFn<infer Req, infer _Res> ? Req : never;
/** Response type of a unary method. */
export type ResponseOf<C, M extends keyof C> = C[M] extends UnaryFn<infer _Req, infer Res> ? Res : never;

/** Per-call options. */
export interface CallUnaryOptions {
  /** Deadline from now (default 2000 ms, DESIGN.md "Operations"). */
  deadlineMs?: number;
  /** Propagated as gRPC metadata `x-request-id`. */
  requestId?: string;
  /** The caller's verified access token, forwarded as metadata `authorization: Bearer …`. */
  accessToken?: string;
  /** Extra metadata. */
  metadata?: Record<string, string>;
  /** Idempotent reads: retry once on UNAVAILABLE within the same deadline. */
  retryOnUnavailable?: boolean;
}

function invoke<C extends Client, M extends UnaryMethodName<C>>(
  client: C,
  method: M,
  request: RequestOf<C, M>,
  metadata: Metadata,
  deadline: number,
): Promise<ResponseOf<C, M>> {
  const fn = client[method] as unknown as UnaryFn<RequestOf<C, M>, ResponseOf<C, M>>;
  return new Promise((resolve, reject) => {
    fn.call(client, request, metadata, { deadline }, (error, response) => {
      if (error) reject(error);
      else resolve(response);
    });
  });
}

/**
 * Calls a unary method with a deadline, `x-request-id` and (when given) `authorization` metadata, as a promise.
 * With `retryOnUnavailable`, one retry on UNAVAILABLE (never past the original deadline).
 */
export async function callUnary<C extends Client, M extends UnaryMethodName<C>>(
  client: C,
  method: M,
  request: RequestOf<C, M>,
  options: CallUnaryOptions = {},
): Promise<ResponseOf<C, M>> {
  const metadata = new Metadata();
  if (options.requestId) metadata.set('x-request-id', options.requestId);
  if (options.accessToken) metadata.set('authorization', `Bearer ${options.accessToken}`);
  for (const [key, value] of Object.entries(options.metadata ?? {})) metadata.set(key, value);
  const deadline = Date.now() + (options.deadlineMs ?? 2000);
  try {
    return await invoke(client, method, request, metadata, deadline);
  } catch (error) {
    const retry =
      options.retryOnUnavailable &&
      isServiceError(error) &&
      error.code === GrpcStatus.UNAVAILABLE &&
      Date.now() < deadline;
    if (!retry) throw error;
    return invoke(client, method, request, metadata, deadline);
  }
}

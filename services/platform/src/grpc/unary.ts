import type { handleUnaryCall, Metadata, ServerUnaryCall } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import type { Logger } from '@shop/node-platform';
import type { AdmissionGate } from '../db/admission-gate.js';
import { deadlineExceeded, invalidArgument } from '../errors/domain-error.js';
import { toGrpcStatus } from '../errors/to-grpc-status.js';
import { findNulByteField } from './nul-bytes.js';

/** Per-call context handed to a unary handler. */
export interface CallContext {
  requestId: string;
  /** Child logger carrying `request_id`; created on first use to keep the hot path cheap. */
  readonly logger: Logger;
  metadata: Metadata;
  /** The caller's deadline (epoch ms; Infinity when it set none). */
  deadline: number;
}

export type UnaryHandler<Req, Res> = (request: Req, ctx: CallContext) => Promise<Res>;

export interface UnaryOptions {
  /** Admission gate the handler's (database) work runs behind; none = run at once. */
  gate?: AdmissionGate;
}

/** Reads `x-request-id` from metadata, or makes one so logs still correlate. */
export function requestIdFrom(metadata: Metadata): string {
  const value = metadata.get('x-request-id')[0];
  return typeof value === 'string' && value !== '' ? value.slice(0, 128) : randomUUID();
}

/** The call's deadline as epoch ms (Infinity when none). */
export function deadlineOf(call: Pick<ServerUnaryCall<unknown, unknown>, 'getDeadline'>): number {
  const deadline = call.getDeadline();
  return deadline instanceof Date ? deadline.getTime() : deadline;
}

function createContext(metadata: Metadata, deadline: number, baseLogger: Logger): CallContext {
  const requestId = requestIdFrom(metadata);
  let logger: Logger | undefined;
  return {
    requestId,
    metadata,
    deadline,
    get logger() {
      logger ??= baseLogger.child({ request_id: requestId });
      return logger;
    },
  };
}

function start<Req, Res>(
  call: ServerUnaryCall<Req, Res>,
  ctx: CallContext,
  handler: UnaryHandler<Req, Res>,
  gate: AdmissionGate | undefined,
): Promise<Res> {
  // Work for a caller that has given up is wasted: never start it (nor queue it for the database).
  if (call.cancelled || ctx.deadline <= Date.now()) return Promise.reject(deadlineExceeded());
  const nulField = findNulByteField(call.request);
  if (nulField) return Promise.reject(invalidArgument(nulField, `${nulField} must not contain NUL bytes`));
  const run = (): Promise<Res> =>
    // Re-checked when a queued call gets its slot: its deadline may have passed meanwhile.
    call.cancelled || ctx.deadline <= Date.now() ? Promise.reject(deadlineExceeded()) : handler(call.request, ctx);
  return gate ? gate.run(run, ctx.deadline) : run();
}

/**
 * Adapts an async `(request, ctx) => response` into a grpc-js unary handler: request id from
 * metadata into a child logger; calls already past their deadline (or cancelled) are answered
 * DEADLINE_EXCEEDED without running; a NUL byte in any string field is INVALID_ARGUMENT naming
 * it; the work runs behind `options.gate` when given; errors are mapped once by `toGrpcStatus`.
 */
export function unary<Req, Res>(
  handler: UnaryHandler<Req, Res>,
  logger: Logger,
  options: UnaryOptions = {},
): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback) => {
    const ctx = createContext(call.metadata, deadlineOf(call), logger);
    start(call, ctx, handler, options.gate).then(
      (response) => callback(null, response),
      (error: unknown) => {
        const status = toGrpcStatus(error);
        if (status.transient) {
          ctx.logger.warn({ method: call.getPath(), code: status.code, err: error }, 'database unavailable');
        } else if (status.expected) {
          ctx.logger.debug({ method: call.getPath(), code: status.code, msg: status.details }, 'rejected');
        } else {
          ctx.logger.error({ method: call.getPath(), err: error }, 'unexpected error');
        }
        callback({ code: status.code, details: status.details, metadata: status.metadata });
      },
    );
  };
}

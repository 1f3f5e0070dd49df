import type { handleUnaryCall, Metadata, ServerUnaryCall } from '@grpc/grpc-js';
import { randomUUID } from 'node:crypto';
import { toGrpcStatus } from '../errors/to-grpc-status.js';
import type { Logger } from '@shop/node-platform';

/** Per-call context handed to a unary handler. */
export interface CallContext {
  requestId: string;
  /** Child logger carrying `request_id`; created on first use to keep the hot path cheap. */
  readonly logger: Logger;
  metadata: Metadata;
}

export type UnaryHandler<Req, Res> = (request: Req, ctx: CallContext) => Promise<Res>;

/** Reads `x-request-id` from metadata, or makes one so logs still correlate. */
export function requestIdFrom(metadata: Metadata): string {
  const value = metadata.get('x-request-id')[0];
  return typeof value === 'string' && value !== '' ? value.slice(0, 128) : randomUUID();
}

function createContext(metadata: Metadata, baseLogger: Logger): CallContext {
  const requestId = requestIdFrom(metadata);
  let logger: Logger | undefined;
  return {
    requestId,
    metadata,
    get logger() {
      logger ??= baseLogger.child({ request_id: requestId });
      return logger;
    },
  };
}

/**
 * Adapts an async `(request, ctx) => response` into a grpc-js unary handler: request id from
 * metadata into a child logger, errors mapped once by `toGrpcStatus`, unexpected ones logged.
 */
export function unary<Req, Res>(
  handler: UnaryHandler<Req, Res>,
  logger: Logger,
): handleUnaryCall<Req, Res> {
  return (call: ServerUnaryCall<Req, Res>, callback) => {
    const ctx = createContext(call.metadata, logger);
    handler(call.request, ctx).then(
      (response) => callback(null, response),
      (error: unknown) => {
        const status = toGrpcStatus(error);
        if (status.expected) {
          ctx.logger.debug({ method: call.getPath(), code: status.code, msg: status.details }, 'rejected');
        } else {
          ctx.logger.error({ method: call.getPath(), err: error }, 'unexpected error');
        }
        callback({ code: status.code, details: status.details, metadata: status.metadata });
      },
    );
  };
}

// Server-streaming counterpart of `unary`: request id, NUL-byte check, error mapping once by
// toGrpcStatus, and an AbortSignal that fires when the client goes away (cancel or deadline).
import type { handleServerStreamingCall, ServerWritableStream } from '@grpc/grpc-js';
import type { Logger } from '@shop/node-platform';
import { invalidArgument } from '../errors/domain-error.js';
import { toGrpcStatus } from '../errors/to-grpc-status.js';
import { findNulByteField } from './nul-bytes.js';
import { deadlineOf, requestIdFrom, type CallContext } from './unary.js';

/** What a streaming handler gets besides the request: the context, a writer and the client's signal. */
export interface StreamContext extends CallContext {
  /** Aborted when the client cancels, its deadline passes or the connection drops. */
  signal: AbortSignal;
  /** Writes one message (resolves once it is buffered for sending). */
  send(message: unknown): void;
}

/** Streams until the returned promise settles: resolve = end the stream OK, reject = mapped error. */
export type StreamHandler<Req> = (request: Req, ctx: StreamContext) => Promise<void>;

/** Adapts `handler` into a grpc-js server-streaming handler. */
export function serverStream<Req, Res>(handler: StreamHandler<Req>, logger: Logger): handleServerStreamingCall<Req, Res> {
  return (call: ServerWritableStream<Req, Res>) => {
    const requestId = requestIdFrom(call.metadata);
    const log = logger.child({ request_id: requestId });
    const controller = new AbortController();
    const abort = () => controller.abort();
    call.on('cancelled', abort);
    call.on('close', abort);
    const ctx: StreamContext = {
      requestId,
      logger: log,
      metadata: call.metadata,
      deadline: deadlineOf(call),
      signal: controller.signal,
      send: (message) => {
        if (!controller.signal.aborted) call.write(message as Res);
      },
    };
    const nulField = findNulByteField(call.request);
    const run = nulField ? Promise.reject(invalidArgument(nulField, `${nulField} must not contain NUL bytes`)) : handler(call.request, ctx);
    run.then(
      () => {
        if (!controller.signal.aborted) call.end();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const status = toGrpcStatus(error);
        if (!status.expected && !status.transient) log.error({ method: call.getPath(), err: error }, 'unexpected error');
        call.emit('error', { code: status.code, details: status.details, metadata: status.metadata });
      },
    ).finally(() => {
      call.off('cancelled', abort);
      call.off('close', abort);
    });
  };
}

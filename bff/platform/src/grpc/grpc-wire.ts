import { Metadata, status as GrpcStatus, type ServiceError } from '@grpc/grpc-js';
import type { IncomingHttpHeaders } from 'node:http2';

/** A gRPC failure shaped like grpc-js's ServiceError, so one mapping serves both transports. */
export function grpcError(code: GrpcStatus, details: string, metadata = new Metadata()): ServiceError {
  return Object.assign(new Error(`${code} ${GrpcStatus[code]}: ${details}`), { code, details, metadata });
}

/** Frames one message: 1-byte "compressed" flag (0), 4-byte big-endian length, bytes. */
export function frameMessage(message: Uint8Array): Buffer {
  const frame = Buffer.allocUnsafe(5 + message.length);
  frame[0] = 0;
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  return frame;
}

/** Extracts the single uncompressed message of a unary response; a string names what is wrong. */
export function unframeMessage(body: Buffer): Buffer | string {
  if (body.length < 5) return 'response has no message';
  if (body[0] !== 0) return 'compressed response (not negotiated)';
  const length = body.readUInt32BE(1);
  if (body.length !== 5 + length) return 'response is not exactly one message';
  return body.subarray(5);
}

// gRPC over HTTP/2: HTTP status → gRPC code when the server sent no grpc-status.
const HTTP_TO_GRPC: Record<number, GrpcStatus> = {
  400: GrpcStatus.INTERNAL,
  401: GrpcStatus.UNAUTHENTICATED,
  403: GrpcStatus.PERMISSION_DENIED,
  404: GrpcStatus.UNIMPLEMENTED,
  429: GrpcStatus.UNAVAILABLE,
  502: GrpcStatus.UNAVAILABLE,
  503: GrpcStatus.UNAVAILABLE,
  504: GrpcStatus.UNAVAILABLE,
};

const RESERVED = new Set(['grpc-status', 'grpc-message', 'grpc-status-details-bin', 'content-type', 'date', 'grpc-encoding', 'grpc-accept-encoding']);

/** Trailing metadata (e.g. `field`) without pseudo and reserved headers. */
export function metadataFrom(headers: IncomingHttpHeaders): Metadata {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(headers)) {
    if (key.startsWith(':') || RESERVED.has(key) || value === undefined || key.endsWith('-bin')) continue;
    for (const item of Array.isArray(value) ? value : [value]) metadata.add(key, item);
  }
  return metadata;
}

/**
 * The call's status from the response headers/trailers: undefined for OK, else the error
 * (grpc-message is percent-encoded on the wire).
 */
export function statusFrom(httpStatus: number | undefined, headers: IncomingHttpHeaders | undefined): ServiceError | undefined {
  const raw = headers?.['grpc-status'];
  if (raw === undefined) {
    if (httpStatus !== undefined && httpStatus !== 200) {
      return grpcError(HTTP_TO_GRPC[httpStatus] ?? GrpcStatus.UNKNOWN, `HTTP status ${httpStatus}`);
    }
    return grpcError(GrpcStatus.UNKNOWN, 'response ended without grpc-status');
  }
  const code = Number(raw);
  if (code === GrpcStatus.OK) return undefined;
  const message = headers?.['grpc-message'];
  let details = typeof message === 'string' ? message : '';
  try {
    details = decodeURIComponent(details);
  } catch {
    // keep the raw text
  }
  const known = Number.isInteger(code) && code > 0 && code <= 16;
  return grpcError(known ? code : GrpcStatus.UNKNOWN, details, metadataFrom(headers ?? {}));
}

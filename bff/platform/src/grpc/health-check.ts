import { createHttp2GrpcClient, type UnaryMethodDefinition } from './http2-client.js';
import { callUnary } from './call-unary.js';
import type { CallOptions, Client, ClientUnaryCall, Metadata, ServiceError } from '@grpc/grpc-js';

// grpc.health.v1 by hand (two tiny messages), so the BFF needs no extra proto tooling:
// HealthCheckRequest { string service = 1; }  HealthCheckResponse { ServingStatus status = 1; }
const SERVING = 1;

/** Encodes HealthCheckRequest. */
export function encodeHealthRequest(request: { service: string }): Buffer {
  const name = Buffer.from(request.service, 'utf8');
  if (name.length > 127) throw new Error('service name too long');
  return name.length ? Buffer.concat([Buffer.from([0x0a, name.length]), name]) : Buffer.alloc(0);
}

/** Decodes HealthCheckResponse.status (0 = UNKNOWN when absent). */
export function decodeHealthStatus(bytes: Buffer): { status: number } {
  let status = 0;
  for (let i = 0; i < bytes.length; ) {
    const tag = bytes[i++]!;
    if (tag === 0x08) {
      let value = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[i++] ?? 0;
        value |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80 && shift < 35);
      status = value;
    } else {
      break; // no other fields in this message version
    }
  }
  return { status };
}

const HealthService: Record<string, UnaryMethodDefinition> = {
  check: {
    path: '/grpc.health.v1.Health/Check',
    requestStream: false,
    responseStream: false,
    requestSerialize: encodeHealthRequest as (value: never) => Buffer,
    responseDeserialize: decodeHealthStatus,
  },
};

interface HealthClient extends Client {
  check(
    request: { service: string },
    metadata: Metadata,
    options: Partial<CallOptions>,
    callback: (error: ServiceError | null, response: { status: number }) => void,
  ): ClientUnaryCall;
}

/** A health checker for one target: resolves true when `service` reports SERVING. */
export function createHealthCheck(address: string, service: string): { check(timeoutMs?: number): Promise<boolean>; close(): void } {
  const client = createHttp2GrpcClient(HealthService, address, { maxReceiveBytes: 1024 }) as unknown as HealthClient;
  return {
    check: (timeoutMs = 1000) =>
      callUnary(client, 'check', { service }, { deadlineMs: timeoutMs }).then(
        (response) => response.status === SERVING,
        () => false,
      ),
    close: () => client.close(),
  };
}

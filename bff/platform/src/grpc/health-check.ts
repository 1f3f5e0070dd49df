import { credentials, makeGenericClientConstructor, type CallOptions, type Client, type ClientUnaryCall, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { callUnary } from './call-unary.js';
import { DEFAULT_CHANNEL_OPTIONS } from './client.js';

// The standard grpc.health.v1 client, built from the service definition grpc-health-check ships
// (the same package our services use to answer it).
const HealthClient = makeGenericClientConstructor(healthService, 'Health');

interface HealthStub extends Client {
  check(
    request: { service: string },
    metadata: Metadata,
    options: Partial<CallOptions>,
    callback: (error: ServiceError | null, response: { status: string }) => void,
  ): ClientUnaryCall;
}

/**
 * A health checker for one target: resolves true when `service` reports SERVING. Its channel has
 * the BFF's channel options (same reconnect backoff; grpc-js then shares one subchannel with the
 * service's client), so /readyz turns ready as soon as requests can be served again.
 */
export function createHealthCheck(address: string, service: string): { check(timeoutMs?: number): Promise<boolean>; close(): void } {
  const client = new HealthClient(address, credentials.createInsecure(), DEFAULT_CHANNEL_OPTIONS) as unknown as HealthStub;
  return {
    check: (timeoutMs = 1000) =>
      callUnary(client, 'check', { service }, { deadlineMs: timeoutMs }).then(
        (response) => response.status === 'SERVING',
        () => false,
      ),
    close: () => client.close(),
  };
}

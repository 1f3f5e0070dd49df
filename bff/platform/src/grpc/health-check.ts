import { credentials, makeGenericClientConstructor, type CallOptions, type Client, type ClientUnaryCall, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';
import { callUnary } from './call-unary.js';

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

/** A health checker for one target: resolves true when `service` reports SERVING. */
export function createHealthCheck(address: string, service: string): { check(timeoutMs?: number): Promise<boolean>; close(): void } {
  const client = new HealthClient(address, credentials.createInsecure()) as unknown as HealthStub;
  return {
    check: (timeoutMs = 1000) =>
      callUnary(client, 'check', { service }, { deadlineMs: timeoutMs }).then(
        (response) => response.status === 'SERVING',
        () => false,
      ),
    close: () => client.close(),
  };
}

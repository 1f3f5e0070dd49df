import {
  makeGenericClientConstructor,
  type ChannelCredentials,
  type Client,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { service as healthService } from 'grpc-health-check';

interface HealthClient extends Client {
  check(
    request: { service: string },
    callback: (error: ServiceError | null, response: { status: string }) => void,
  ): void;
}

const HealthClientConstructor = makeGenericClientConstructor(
  // proto-loader's definition carries the same serializers grpc-js needs.
  healthService as unknown as ServiceDefinition,
  'grpc.health.v1.Health',
) as unknown as new (address: string, creds: ChannelCredentials) => HealthClient;

/** Calls grpc.health.v1.Health/Check and resolves with the status name (e.g. "SERVING"). */
export function checkHealth(address: string, service: string, creds: ChannelCredentials): Promise<string> {
  const client = new HealthClientConstructor(address, creds);
  return new Promise((resolve, reject) => {
    client.check({ service }, (error, response) => {
      client.close();
      if (error) reject(error);
      else resolve(response.status);
    });
  });
}

// Integration-test helper (testing/ may reach into the services tier): a declared service on a
// fresh test database (seeded), plus the BFF under test pointed at it, every server on port 0.
import type { ChannelCredentials, Client } from '@grpc/grpc-js';
import { startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import type { ServiceDeclaration } from '@shop/services-platform';
import type { z } from 'zod';
import type { RunningBff } from '../server/start-bff-server.js';
import { graphqlRequester, startInProcessStack, type GqlRequest } from './in-process-stack.js';

/** A running service + BFF for one test file. */
export interface ServiceBffStack<TClient extends Client> {
  bff: RunningBff;
  /** The service, its gRPC client (to call it directly) and its test database. */
  service: ServiceHarness<TClient>;
  /** `127.0.0.1:<port>` of the service. */
  serviceAddr: string;
  /** URL of the service's test database (to plant odd rows). */
  databaseUrl: string;
  /** POSTs a GraphQL request to the BFF; returns status, headers and parsed JSON. */
  gql: GqlRequest;
  stop(): Promise<void>;
}

/** Starts test database → `declaration` (seeded unless told) → the BFF from `startBff(serviceAddr)`. */
export function startServiceBffStack<TClient extends Client, TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape>(
  declaration: ServiceDeclaration<TSchema, TEnvShape>,
  ServiceClient: new (address: string, creds: ChannelCredentials) => TClient,
  startBff: (serviceAddr: string) => Promise<RunningBff>,
  options: Parameters<typeof startServiceHarness<TClient, TSchema, TEnvShape>>[2] = {},
): Promise<ServiceBffStack<TClient>> {
  return startInProcessStack(async (defer) => {
    const service = await startServiceHarness(declaration, ServiceClient, options);
    defer(() => service.close());
    const bff = await startBff(service.address);
    defer(() => bff.stop());
    return { bff, service, serviceAddr: service.address, databaseUrl: service.database.url, gql: graphqlRequester(bff.url) };
  });
}

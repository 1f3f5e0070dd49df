// A declared service on a fresh test database, ports 0, with a real gRPC client: the
// integration harness every service's tests use.
import { credentials, Metadata, type CallOptions, type ChannelCredentials, type Client, type ServiceError } from '@grpc/grpc-js';
import type { z } from 'zod';
import { createLogger } from '@shop/node-platform';
import { mintTestServiceToken, mintTestToken, type TestKeys } from '@shop/node-platform/auth/testing';
import type { Permission } from '@shop/contracts/auth';
import type { ServiceConfig } from '../service/service-config.js';
import type { ServiceDeclaration } from '../service/service-declaration.js';
import { startService, type RunningService } from '../service/start-service.js';
import { createTestDatabase, type TestDatabase } from './create-test-database.js';
import { createTestAuthEnv } from './test-auth-env.js';

/** A unary method of a generated client, in its (request, metadata, options, callback) form. */
export type UnaryMethod<Req, Res> = (
  req: Req,
  md: Metadata,
  options: Partial<CallOptions>,
  cb: (err: ServiceError | null, res: Res) => void,
) => unknown;

/** The running service, its client and database. */
export interface ServiceHarness<TClient extends Client> {
  service: RunningService;
  client: TClient;
  database: TestDatabase;
  address: string;
  /** The user-token keys (AUTH_*) and the order service's keys (SERVICE_*) the service trusts. */
  authKeys: { users: TestKeys; services: TestKeys };
  /** Metadata with the order service's token for this service (`service:order` → `<name>`). */
  asService(): Promise<Metadata>;
  /** Metadata with a user access token (`userId` default `u-test`) holding `permissions`. */
  asUser(permissions: readonly Permission[], userId?: string): Promise<Metadata>;
  /** Calls a unary method (10 s deadline); `metadata` e.g. carries `authorization`. */
  call<Req, Res>(method: UnaryMethod<Req, Res>, request: Req, metadata?: Metadata): Promise<Res>;
  close(): Promise<void>;
}

const bearer = (token: string) => {
  const metadata = new Metadata();
  metadata.set('authorization', `Bearer ${token}`);
  return metadata;
};

/**
 * Starts `declaration` (seeded unless told otherwise) and connects a `Client` to it. The service
 * gets fresh test keys (AUTH_VERIFICATION_KEYS, SERVICE_VERIFICATION_KEYS of the order service)
 * unless `options.env` names its own.
 */
export async function startServiceHarness<TClient extends Client, TSchema extends Record<string, unknown>, TEnvShape extends z.ZodRawShape>(
  declaration: ServiceDeclaration<TSchema, TEnvShape>,
  Client: new (address: string, creds: ChannelCredentials) => TClient,
  options: { seed?: boolean; env?: Partial<z.output<z.ZodObject<TEnvShape>>>; config?: Partial<ServiceConfig> } = {},
): Promise<ServiceHarness<TClient>> {
  const { keys, env: keyEnv } = await createTestAuthEnv();
  const database = await createTestDatabase(declaration.name);
  const config = { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, seed: options.seed ?? true, ...options.config };
  const service = await startService(
    declaration,
    { ...config, env: { ...keyEnv, ...options.env } as unknown as Partial<z.output<z.ZodObject<TEnvShape>>> },
    createLogger(`${declaration.name}-test`, (process.env.TEST_LOG_LEVEL as 'silent' | undefined) ?? 'silent'),
  ).catch(async (error: unknown) => {
    await database.drop();
    throw error;
  });
  const address = `127.0.0.1:${service.grpcPort}`;
  const client = new Client(address, credentials.createInsecure());
  return {
    service,
    client,
    database,
    address,
    authKeys: keys,
    asService: async () => bearer(await mintTestServiceToken(keys.services, declaration.name)),
    asUser: async (permissions, userId = 'u-test') => bearer(await mintTestToken(keys.users, userId, permissions)),
    call: (method, request, metadata = new Metadata()) =>
      new Promise((resolve, reject) => {
        method.call(client, request, metadata, { deadline: Date.now() + 10_000 }, (error, response) =>
          error ? reject(error) : resolve(response),
        );
      }),
    close: async () => {
      client.close();
      await service.stop();
      await database.drop();
    },
  };
}

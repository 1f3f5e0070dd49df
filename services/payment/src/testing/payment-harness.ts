// The payment service over real gRPC on a fresh database, with every log line it writes captured.
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { PaymentServiceClient } from '@shop/contracts/payment/v1';
import type { Permission } from '@shop/contracts/auth';
import { mintTestServiceToken, mintTestToken, type TestKeys } from '@shop/node-platform/auth/testing';
import { createLogger, startService, type RunningService } from '@shop/services-platform';
import { createTestAuthEnv, createTestDatabase, type TestDatabase, type UnaryMethod } from '@shop/services-platform/testing';
import { paymentService } from '../service.js';

/** A running payment service, its client, database and captured logs. */
export interface PaymentHarness {
  service: RunningService;
  client: PaymentServiceClient;
  database: TestDatabase;
  /** Every log line (JSON) the service wrote, at trace level. */
  logs: string[];
  /** The user-token keys and the order service's keys the service trusts. */
  authKeys: { users: TestKeys; services: TestKeys };
  /** Calls `method` as the order service (its service token) unless given other metadata. */
  call<Req, Res>(method: UnaryMethod<Req, Res>, request: Req, metadata?: Metadata): Promise<Res>;
  /** Metadata with a user access token holding `permissions`. */
  asUser(permissions: readonly Permission[]): Promise<Metadata>;
  /** Stops the service but keeps the database (for a restart with other settings). */
  stopService(): Promise<void>;
  close(): Promise<void>;
}

/** Starts it on `database` (a fresh one by default) with the given fault-injection env. */
export async function startPaymentHarness(
  options: {
    /** The declaration's env as a test or the e2e stack passes it: any keys, any value types. */
    env?: Record<string, unknown>;
    database?: TestDatabase;
    keys?: { users: TestKeys; services: TestKeys };
  } = {},
): Promise<PaymentHarness> {
  const keys = options.keys ?? (await createTestAuthEnv()).keys;
  const env = { AUTH_VERIFICATION_KEYS: keys.users.verificationKeysJson, SERVICE_VERIFICATION_KEYS: keys.services.verificationKeysJson, ...options.env };
  const database = options.database ?? (await createTestDatabase('payment'));
  const logs: string[] = [];
  const logger = createLogger('payment-test', 'trace', { write: (line: string) => void logs.push(line) });
  const service = await startService(
    paymentService,
    { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, nodeEnv: 'test', env: env as never },
    logger,
  );
  const client = new PaymentServiceClient(`127.0.0.1:${service.grpcPort}`, credentials.createInsecure());
  const bearer = (token: string) => {
    const metadata = new Metadata();
    metadata.set('authorization', `Bearer ${token}`);
    return metadata;
  };
  const asService = mintTestServiceToken(keys.services, 'payment', { ttlSeconds: 3600 });
  const stopService = async () => {
    client.close();
    await service.stop();
  };
  return {
    service,
    client,
    database,
    logs,
    authKeys: keys,
    asUser: async (permissions) => bearer(await mintTestToken(keys.users, 'u-test', permissions)),
    call: async (method, request, metadata) => {
      const sent = metadata ?? bearer(await asService);
      return new Promise((resolve, reject) => {
        method.call(client, request, sent, { deadline: Date.now() + 10_000 }, (error: ServiceError | null, response) =>
          error ? reject(error) : resolve(response),
        );
      });
    },
    stopService,
    close: async () => {
      await stopService();
      await database.drop();
    },
  };
}

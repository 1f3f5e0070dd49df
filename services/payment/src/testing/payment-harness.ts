// The payment service over real gRPC on a fresh database, with every log line it writes captured.
import { credentials, Metadata, type ServiceError } from '@grpc/grpc-js';
import { PaymentServiceClient } from '@shop/contracts/payment/v1';
import { createLogger, startService, type RunningService } from '@shop/services-platform';
import { createTestDatabase, type TestDatabase, type UnaryMethod } from '@shop/services-platform/testing';
import { paymentService } from '../service.js';

/** A running payment service, its client, database and captured logs. */
export interface PaymentHarness {
  service: RunningService;
  client: PaymentServiceClient;
  database: TestDatabase;
  /** Every log line (JSON) the service wrote, at trace level. */
  logs: string[];
  call<Req, Res>(method: UnaryMethod<Req, Res>, request: Req): Promise<Res>;
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
  } = {},
): Promise<PaymentHarness> {
  const database = options.database ?? (await createTestDatabase('payment'));
  const logs: string[] = [];
  const logger = createLogger('payment-test', 'trace', { write: (line: string) => void logs.push(line) });
  const service = await startService(
    paymentService,
    { grpcPort: 0, adminPort: 0, grpcHost: '127.0.0.1', databaseUrl: database.url, nodeEnv: 'test', env: options.env as never },
    logger,
  );
  const client = new PaymentServiceClient(`127.0.0.1:${service.grpcPort}`, credentials.createInsecure());
  const stopService = async () => {
    client.close();
    await service.stop();
  };
  return {
    service,
    client,
    database,
    logs,
    call: (method, request) =>
      new Promise((resolve, reject) => {
        method.call(client, request, new Metadata(), { deadline: Date.now() + 10_000 }, (error: ServiceError | null, response) =>
          error ? reject(error) : resolve(response),
        );
      }),
    stopService,
    close: async () => {
      await stopService();
      await database.drop();
    },
  };
}

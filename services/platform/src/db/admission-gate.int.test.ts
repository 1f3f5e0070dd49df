import {
  credentials,
  makeGenericClientConstructor,
  Metadata,
  status,
  type Client,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { createLogger } from '@shop/node-platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGrpcServer, type RunningGrpcServer } from '../grpc/grpc-server.js';
import { unary } from '../grpc/unary.js';
import { testServerUrl } from '../testing/create-test-database.js';
import { createAdmissionGate } from './admission-gate.js';
import { connectDatabase, type DatabaseConnection } from './connect-database.js';

// A JSON-over-gRPC "sleep" service whose handler does real database work (pg_sleep) on a pool
// of ONE connection behind a gate of 1 running + 2 waiting.
type Req = { id: string; seconds: number };
const json = {
  requestSerialize: (value: unknown) => Buffer.from(JSON.stringify(value)),
  requestDeserialize: (buffer: Buffer) => JSON.parse(buffer.toString()) as Req,
  responseSerialize: (value: unknown) => Buffer.from(JSON.stringify(value)),
  responseDeserialize: (buffer: Buffer) => JSON.parse(buffer.toString()) as { id: string },
};
const definition = {
  sleep: { path: '/test.v1.Db/Sleep', requestStream: false, responseStream: false, ...json },
} as unknown as ServiceDefinition;
interface DbClient extends Client {
  sleep(req: Req, md: Metadata, options: { deadline: number }, cb: (e: ServiceError | null, r: { id: string }) => void): void;
}
const DbClient = makeGenericClientConstructor(definition, 'test.v1.Db') as unknown as new (
  address: string,
  creds: ReturnType<typeof credentials.createInsecure>,
) => DbClient;

let connection: DatabaseConnection<Record<string, never>>;
let server: RunningGrpcServer;
let client: DbClient;
const queried: string[] = [];

beforeAll(async () => {
  connection = await connectDatabase({ url: await testServerUrl(), database: 'postgres', createIfMissing: false, max: 1 });
  const gate = createAdmissionGate({ maxActive: 1, maxWaiting: 2 });
  const sleep = async ({ id, seconds }: Req) => {
    queried.push(id);
    await connection.sql`select pg_sleep(${seconds})`;
    return { id };
  };
  const logger = createLogger('test', 'silent');
  server = await startGrpcServer({ port: 0, services: [{ definition, implementation: { sleep: unary(sleep, logger, { gate }) } }], logger });
  client = new DbClient(`127.0.0.1:${server.port}`, credentials.createInsecure());
});
afterAll(async () => {
  client?.close();
  await server?.stop();
  await connection?.close();
});

const call = (id: string, seconds: number, deadlineMs = 10_000) =>
  new Promise<{ id: string }>((resolve, reject) =>
    client.sleep({ id, seconds }, new Metadata(), { deadline: Date.now() + deadlineMs }, (error, response) =>
      error ? reject(error) : resolve(response),
    ),
  );

describe('database admission gate under a flood (tiny pool)', () => {
  it('serves some calls and refuses the rest at once with RESOURCE_EXHAUSTED; none hang', async () => {
    queried.length = 0;
    const results = await Promise.allSettled(Array.from({ length: 12 }, (_, i) => call(`flood-${i}`, 0.3)));
    const ok = results.filter((r) => r.status === 'fulfilled');
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [(r.reason as ServiceError).code] : []));
    expect(ok.length).toBeGreaterThanOrEqual(1);
    expect(failed.length).toBeGreaterThanOrEqual(1);
    expect(new Set(failed)).toEqual(new Set([status.RESOURCE_EXHAUSTED]));
    // Refused calls never reached the database.
    expect(queried).toHaveLength(ok.length);
  });

  it('drops a queued call whose deadline passes before a connection frees up, without querying', async () => {
    queried.length = 0;
    const slow = call('slow', 0.5);
    const late = await call('late', 0.01, 100).catch((e: unknown) => e as ServiceError);
    expect((late as ServiceError).code).toBe(status.DEADLINE_EXCEEDED);
    await slow;
    expect(queried).toEqual(['slow']);
  });
});

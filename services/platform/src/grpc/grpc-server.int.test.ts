import {
  credentials,
  makeGenericClientConstructor,
  Metadata,
  status,
  type Client,
  type ServiceDefinition,
  type ServiceError,
} from '@grpc/grpc-js';
import { connect } from 'node:http2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invalidArgument } from '../errors/domain-error.js';
import { createLogger } from '@shop/node-platform';
import { startGrpcServer, type RunningGrpcServer } from './grpc-server.js';
import { unary, type CallContext } from './unary.js';

// A tiny JSON-over-gRPC service so the platform is tested without any domain contract.
const json = {
  requestSerialize: (value: unknown) => Buffer.from(JSON.stringify(value)),
  requestDeserialize: (buffer: Buffer) => JSON.parse(buffer.toString()) as { mode: string },
  responseSerialize: (value: unknown) => Buffer.from(JSON.stringify(value)),
  responseDeserialize: (buffer: Buffer) => JSON.parse(buffer.toString()) as { requestId: string },
};
const definition = {
  echo: { path: '/test.v1.Echo/Echo', requestStream: false, responseStream: false, ...json },
} as unknown as ServiceDefinition;

interface EchoClient extends Client {
  echo(req: { mode: string }, md: Metadata, cb: (e: ServiceError | null, r: { requestId: string }) => void): void;
}
const EchoClient = makeGenericClientConstructor(definition, 'test.v1.Echo') as unknown as new (
  address: string,
  creds: ReturnType<typeof credentials.createInsecure>,
) => EchoClient;

const handled: string[] = [];
const echo = async ({ mode }: { mode: string }, ctx: CallContext) => {
  handled.push(mode.slice(0, 20));
  if (mode === 'invalid') throw invalidArgument('mode', 'mode is not allowed');
  if (mode === 'crash') throw new Error('secret connection string postgres://x:y@db');
  return { requestId: ctx.requestId };
};

let server: RunningGrpcServer;
let client: EchoClient;
beforeAll(async () => {
  server = await startGrpcServer({
    port: 0,
    host: '127.0.0.1',
    services: [{ definition, implementation: { echo: unary(echo, createLogger('test', 'silent')) } }],
    logger: createLogger('test', 'silent'),
  });
  client = new EchoClient(`127.0.0.1:${server.port}`, credentials.createInsecure());
});
afterAll(async () => {
  client?.close();
  await server?.stop();
});

function call(mode: string, requestId?: string): Promise<{ requestId: string }> {
  const metadata = new Metadata();
  if (requestId) metadata.set('x-request-id', requestId);
  return new Promise((resolve, reject) =>
    client.echo({ mode }, metadata, (error, response) => (error ? reject(error) : resolve(response))),
  );
}

describe('startGrpcServer + unary', () => {
  it('binds a real port and passes x-request-id to the handler (or makes one)', async () => {
    expect(server.port).toBeGreaterThan(0);
    expect(await call('ok', 'req-123')).toEqual({ requestId: 'req-123' });
    expect((await call('ok')).requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('maps domain errors to their status with the field in trailers', async () => {
    const error = (await call('invalid').catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe(status.INVALID_ARGUMENT);
    expect(error.details).toBe('mode is not allowed');
    expect(error.metadata.get('field')).toEqual(['mode']);
  });

  it('masks unexpected errors as INTERNAL "internal error"', async () => {
    const error = (await call('crash').catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe(status.INTERNAL);
    expect(error.details).toBe('internal error');
  });

  it('registers health for "" and the service name, NOT_SERVING once stopping', async () => {
    const other = await startGrpcServer({
      port: 0,
      host: '127.0.0.1',
      services: [{ definition, implementation: { echo: unary(echo, createLogger('t', 'silent')) } }],
      logger: createLogger('t', 'silent'),
    });
    const statuses: string[] = [];
    const original = other.health.setStatus.bind(other.health);
    other.health.setStatus = (name, value) => {
      statuses.push(`${name}=${value}`);
      original(name, value);
    };
    await other.stop();
    expect(statuses).toEqual(['=NOT_SERVING', 'test.v1.Echo=NOT_SERVING']);
  });

  it('refuses a request message over the default receive limit with RESOURCE_EXHAUSTED', async () => {
    handled.length = 0;
    const error = (await call('x'.repeat(2 * 1024 * 1024)).catch((e: unknown) => e)) as ServiceError;
    expect(error.code).toBe(status.RESOURCE_EXHAUSTED);
    expect(handled).toEqual([]);
    expect((await call('ok', 'after-big')).requestId).toBe('after-big');
  });

  it('never runs the handler for a call whose deadline has already passed on arrival', async () => {
    handled.length = 0;
    // grpc-js clients refuse to send an expired call, so speak HTTP/2 directly: `grpc-timeout: 1n`
    // makes the server's deadline "now" (grpc-js rounds it to 0 ms). grpc-js itself already ends
    // such a call; unary's own check covers calls that expire later, e.g. while queued for the
    // database (db-admission.int.test.ts, unary.test.ts). This pins the end-to-end guarantee.
    const session = connect(`http://127.0.0.1:${server.port}`);
    try {
      const body = Buffer.from(JSON.stringify({ mode: 'expired' }));
      const frame = Buffer.concat([Buffer.from([0, 0, 0, 0, 0]), body]);
      frame.writeUInt32BE(body.length, 1);
      const grpcStatus = await new Promise<string | undefined>((resolve, reject) => {
        const request = session.request({
          ':method': 'POST',
          ':path': '/test.v1.Echo/Echo',
          'content-type': 'application/grpc',
          te: 'trailers',
          'grpc-timeout': '1n',
        });
        let found: string | undefined;
        const take = (headers: Record<string, unknown>) => {
          if (headers['grpc-status'] !== undefined) found ??= String(headers['grpc-status']);
        };
        request.on('response', take);
        request.on('trailers', take);
        request.on('error', reject);
        request.on('close', () => resolve(found));
        request.resume();
        request.end(frame);
      });
      expect(Number(grpcStatus)).toBe(status.DEADLINE_EXCEEDED);
      // The handler (standing in for the database work) was never started.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(handled).toEqual([]);
    } finally {
      session.close();
    }
  });
});

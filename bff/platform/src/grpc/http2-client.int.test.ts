import { createServer } from 'node:net';
import {
  Metadata,
  Server,
  ServerCredentials,
  status,
  type Client,
  type ServiceError,
  type UntypedServiceImplementation,
  makeGenericClientConstructor,
} from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callUnary } from './call-unary.js';
import { closeGrpcClient, createGrpcClient, type GrpcClientCtor } from './client.js';
import { isChannelReady } from './channel-ready.js';

// A tiny JSON-serialised service, served by grpc-js, called through both transports.
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const parse = (bytes: Buffer) => JSON.parse(bytes.toString()) as unknown;
const method = (name: string) => ({
  path: `/test.Echo/${name}`,
  requestStream: false,
  responseStream: false,
  requestSerialize: json,
  requestDeserialize: parse,
  responseSerialize: json,
  responseDeserialize: parse,
});
const service = { echo: method('Echo'), fail: method('Fail'), slow: method('Slow'), big: method('Big') };

interface EchoClient extends Client {
  echo: (...args: never[]) => unknown;
}
const EchoCtor = Object.assign(makeGenericClientConstructor(service, 'test.Echo'), { service, serviceName: 'test.Echo' }) as unknown as GrpcClientCtor<EchoClient>;

type Call = { request: { text?: string }; metadata: Metadata };
type Done = (error: Partial<ServiceError> | null, value?: unknown) => void;
const implementation: UntypedServiceImplementation = {
  echo: (call: Call, done: Done) => done(null, { text: call.request.text, requestId: call.metadata.get('x-request-id')[0] }),
  fail: (_call: Call, done: Done) => {
    const metadata = new Metadata();
    metadata.set('field', 'page_size');
    done({ code: status.INVALID_ARGUMENT, details: 'page_size must be 1..100 (100% sure)', metadata });
  },
  slow: (_call: Call, done: Done) => setTimeout(() => done(null, {}), 1500),
  big: (_call: Call, done: Done) => done(null, { blob: 'x'.repeat(2 * 1024 * 1024) }),
};

let server: Server;
let address: string;
beforeAll(async () => {
  server = new Server();
  server.addService(service, implementation);
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))),
  );
  address = `127.0.0.1:${port}`;
});
afterAll(() => {
  server.forceShutdown();
});

async function outcome(client: EchoClient, name: string, deadlineMs = 1000): Promise<unknown> {
  try {
    return { ok: await callUnary(client as never, name as never, { text: 'hi' } as never, { deadlineMs, requestId: 'req-12345678' }) };
  } catch (error) {
    const e = error as ServiceError;
    return { code: e.code, details: e.details, field: e.metadata?.get('field') };
  }
}

describe.each(['http2', 'grpc-js'] as const)('%s transport', (transport) => {
  let client: EchoClient;
  beforeAll(() => {
    client = createGrpcClient(EchoCtor, address, {
      transport,
      channelOptions: { 'grpc.max_receive_message_length': 1024 * 1024 },
    });
  });
  afterAll(() => closeGrpcClient(client));

  it('returns the response and sends the request id', async () => {
    expect(await outcome(client, 'echo')).toEqual({ ok: { text: 'hi', requestId: 'req-12345678' } });
  });

  it('reports the status, decoded message and trailing metadata', async () => {
    expect(await outcome(client, 'fail')).toEqual({
      code: status.INVALID_ARGUMENT,
      details: 'page_size must be 1..100 (100% sure)',
      field: ['page_size'],
    });
  });

  it('gives up at the deadline with DEADLINE_EXCEEDED', async () => {
    expect(await outcome(client, 'slow', 200)).toMatchObject({ code: status.DEADLINE_EXCEEDED });
  });

  it('refuses a response over the receive limit', async () => {
    expect(await outcome(client, 'big')).toMatchObject({ code: status.RESOURCE_EXHAUSTED });
  });

  it('is ready when the server is up', async () => {
    expect(await isChannelReady(client)).toBe(true);
  });

  it('shares one client per target', () => {
    expect(createGrpcClient(EchoCtor, address, { transport })).toBe(client);
  });
});

describe('http2 transport against a silent peer', () => {
  it('times out, then replaces the connection that does not answer a PING', async () => {
    const sockets: Array<import('node:net').Socket> = [];
    const closed: boolean[] = [];
    const blackHole = createServer((socket) => {
      const index = sockets.push(socket) - 1;
      closed[index] = false;
      socket.resume(); // read and ignore everything: never a SETTINGS frame, never a PING ack
      socket.on('close', () => void (closed[index] = true));
    });
    await new Promise<void>((resolve) => blackHole.listen(0, '127.0.0.1', resolve));
    const { port } = blackHole.address() as { port: number };
    const client = createGrpcClient(EchoCtor, `127.0.0.1:${port}`, { transport: 'http2' });
    try {
      expect(await outcome(client, 'echo', 200)).toMatchObject({ code: status.DEADLINE_EXCEEDED });
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(closed[0]).toBe(true);
      expect(await outcome(client, 'echo', 200)).toMatchObject({ code: status.DEADLINE_EXCEEDED });
      expect(sockets).toHaveLength(2);
    } finally {
      closeGrpcClient(client);
      for (const socket of sockets) socket.destroy();
      blackHole.close();
    }
  });
});

describe('http2 transport against a dead target', () => {
  it('answers UNAVAILABLE quickly and is not ready', async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const client = createGrpcClient(EchoCtor, `127.0.0.1:${port}`, { transport: 'http2' });
    expect(await outcome(client, 'echo', 1500)).toMatchObject({ code: status.UNAVAILABLE });
    expect(await isChannelReady(client, 300)).toBe(false);
    closeGrpcClient(client);
  });
});

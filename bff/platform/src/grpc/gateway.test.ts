import { status, type CallOptions, type Client, type ClientUnaryCall, type Metadata, type ServiceError } from '@grpc/grpc-js';
import { Writable } from 'node:stream';
import { createLogger } from '@shop/node-platform';
import { describe, expect, it } from 'vitest';
import { serviceError } from '../testing/service-error.js';
import { stubGrpcClient, type StubReply } from '../testing/stub-grpc-client.js';
import { gatewayCaller } from './gateway.js';

// A toy client: `get` is a read, `put` a write (the stub derives methods from these keys).
const DEFINITION = { get: {}, put: {} };
type Callback = (error: ServiceError | null, response: { value: string }) => void;
type Unary = (request: { id: string }, metadata: Metadata, options: Partial<CallOptions>, callback: Callback) => ClientUnaryCall;
interface ToyClient extends Client {
  get: Unary;
  put: Unary;
}

function setup(replies: Partial<Record<string, StubReply>>, deadlineMs?: number) {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(JSON.parse(String(chunk))), done()) });
  const logger = createLogger('test', 'error', sink);
  const { client, calls } = stubGrpcClient<ToyClient>(DEFINITION, replies);
  return { caller: gatewayCaller(client, { service: 'toy', logger, deadlineMs }), calls, lines };
}

describe('gateway caller', () => {
  it('sets the deadline, the request id and extra metadata on every call', async () => {
    const { caller, calls } = setup({ get: () => ({ response: { value: 'v' } }) }, 1500);
    const before = Date.now();
    await expect(caller.read('get', { id: 'a' }, { requestId: 'req-abcdefgh', metadata: { authorization: 'Bearer t' } })).resolves.toEqual({ value: 'v' });
    expect(calls[0]!.metadata.get('x-request-id')).toEqual(['req-abcdefgh']);
    expect(calls[0]!.metadata.get('authorization')).toEqual(['Bearer t']);
    const deadline = calls[0]!.deadline as number;
    expect(deadline).toBeGreaterThanOrEqual(before + 1500);
    expect(deadline).toBeLessThan(before + 1500 + 1000);
  });

  it('retries a read once on UNAVAILABLE, then reports UNAVAILABLE and logs it', async () => {
    const { caller, calls, lines } = setup({ get: () => ({ error: serviceError(status.UNAVAILABLE, 'connect ECONNREFUSED') }) });
    await expect(caller.read('get', { id: 'a' }, { requestId: 'r-12345678' })).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    expect(calls).toHaveLength(2);
    expect(lines).toEqual([expect.objectContaining({ msg: 'toy call failed', method: 'get', request_id: 'r-12345678' })]);
  });

  it('never retries a write', async () => {
    const { caller, calls } = setup({ put: () => ({ error: serviceError(status.UNAVAILABLE, 'down') }) });
    await expect(caller.write('put', { id: 'a' }, { requestId: 'r-12345678' })).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    expect(calls).toHaveLength(1);
  });

  it('renames the service field to the GraphQL argument and does not log expected errors', async () => {
    const { caller, lines } = setup({ put: () => ({ error: serviceError(status.INVALID_ARGUMENT, 'bad name', 'display_name') }) });
    const field = (f: string) => (f === 'display_name' ? 'displayName' : f);
    await expect(caller.write('put', { id: 'a' }, { requestId: 'r-12345678', field })).rejects.toMatchObject({
      message: 'bad name',
      extensions: { code: 'BAD_USER_INPUT', field: 'displayName' },
    });
    expect(lines).toEqual([]);
  });

  it('masks an unknown failure as INTERNAL and logs it', async () => {
    const { caller, lines } = setup({ get: () => ({ error: serviceError(status.DATA_LOSS, 'secret detail') }) });
    const error = await caller.read('get', { id: 'a' }, { requestId: 'r-12345678' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ extensions: { code: 'INTERNAL' } });
    expect(String((error as Error).message)).not.toContain('secret');
    expect(lines).toHaveLength(1);
  });
});

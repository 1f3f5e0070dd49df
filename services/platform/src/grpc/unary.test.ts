import { Metadata, status, type ServerUnaryCall, type ServiceError } from '@grpc/grpc-js';
import { createLogger } from '@shop/node-platform';
import { describe, expect, it } from 'vitest';
import { createAdmissionGate } from '../db/admission-gate.js';
import { unary } from './unary.js';

// A stub call (unit level): the real-socket path is covered by grpc-server.int.test.ts.
function fakeCall<Req>(request: Req, deadline: Date | number, cancelled = false) {
  return {
    request,
    metadata: new Metadata(),
    cancelled,
    getDeadline: () => deadline,
    getPath: () => '/test.v1.Echo/Echo',
  } as unknown as ServerUnaryCall<Req, unknown>;
}

function invoke<Req>(handler: ReturnType<typeof unary<Req, unknown>>, call: ServerUnaryCall<Req, unknown>) {
  return new Promise<{ error: Partial<ServiceError> | null; response: unknown }>((resolve) => {
    handler(call, (error, response) => resolve({ error: error as Partial<ServiceError> | null, response }));
  });
}

const logger = createLogger('test', 'silent');

describe('unary', () => {
  it('never runs the handler for a call whose deadline has passed or that was cancelled', async () => {
    const started: unknown[] = [];
    const handler = unary(async (request: { q: string }) => {
      started.push(request);
      return { ok: true };
    }, logger);
    for (const call of [fakeCall({ q: 'a' }, new Date(Date.now() - 1)), fakeCall({ q: 'b' }, Date.now()), fakeCall({ q: 'c' }, Infinity, true)]) {
      const { error } = await invoke(handler, call);
      expect(error?.code).toBe(status.DEADLINE_EXCEEDED);
    }
    expect(started).toEqual([]);
    expect((await invoke(handler, fakeCall({ q: 'd' }, Infinity))).response).toEqual({ ok: true });
    expect((await invoke(handler, fakeCall({ q: 'e' }, new Date(Date.now() + 60_000)))).response).toEqual({ ok: true });
    expect(started).toEqual([{ q: 'd' }, { q: 'e' }]);
  });

  it('hands the deadline to the handler', async () => {
    const deadline = Date.now() + 60_000;
    const handler = unary(async (_: object, ctx) => ({ deadline: ctx.deadline }), logger);
    expect((await invoke(handler, fakeCall({}, new Date(deadline)))).response).toEqual({ deadline });
  });

  it('answers INVALID_ARGUMENT naming the field for a NUL byte, before the handler runs', async () => {
    let ran = false;
    const handler = unary(async () => {
      ran = true;
      return {};
    }, logger);
    const { error } = await invoke(handler, fakeCall({ pageSize: 1, query: 'a\u0000' }, Infinity));
    expect(error?.code).toBe(status.INVALID_ARGUMENT);
    expect(error?.metadata?.get('field')).toEqual(['query']);
    expect(ran).toBe(false);
  });

  it('does not run a queued call whose deadline passed while it waited', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxWaiting: 5 });
    let release!: () => void;
    const blocker = gate.run(() => new Promise<void>((resolve) => (release = resolve)));
    const started: string[] = [];
    const handler = unary(async (request: { q: string }) => {
      started.push(request.q);
      return {};
    }, logger, { gate });
    const pending = invoke(handler, fakeCall({ q: 'late' }, Date.now() + 20));
    const { error } = await pending;
    expect(error?.code).toBe(status.DEADLINE_EXCEEDED);
    release();
    await blocker;
    expect(started).toEqual([]);
  });
});

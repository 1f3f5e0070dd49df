// orderUpdates over a fake WatchOrder stream, the gateway's stream call, and the stream caps at
// the resolver: what a live view sees, and that a leaving client cancels its gRPC stream.
import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { status, type ClientReadableStream, type Metadata } from '@grpc/grpc-js';
import { createLogger } from '@shop/bff-platform';
import { serviceError } from '@shop/bff-platform/testing';
import type { OrderServiceClient, WatchOrderResponse } from '@shop/contracts/order/v1';
import { describe, expect, it, vi } from 'vitest';
import { orderContextFactory } from '../context.js';
import { orderGatewayFor } from '../grpc/order-gateway.js';
import { subscription } from '../resolvers/subscription.js';
import { wireOrder } from '../testing/order-fixtures.js';
import { orderUpdates } from './order-updates.js';
import { createStreamLimiter } from './stream-limiter.js';

type FakeStream = ClientReadableStream<WatchOrderResponse> & { cancel: ReturnType<typeof vi.fn> };

function fakeStream(): FakeStream {
  return Object.assign(new EventEmitter(), { cancel: vi.fn() }) as unknown as FakeStream;
}

const send = (stream: FakeStream, version: number) => stream.emit('data', { order: wireOrder({ version }) });
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function collect(updates: AsyncGenerator<{ version: number }>): Promise<number[]> {
  const versions: number[] = [];
  for await (const order of updates) versions.push(order.version);
  return versions;
}

describe('orderUpdates', () => {
  it('yields each version once in order, drops stale ones, completes when the stream ends, then frees its slot', async () => {
    const stream = fakeStream();
    const release = vi.fn();
    const done = collect(orderUpdates(stream, release, new AbortController().signal));
    for (const version of [1, 2, 2, 1, 3]) send(stream, version);
    stream.emit('data', {});
    await tick();
    send(stream, 4);
    stream.emit('end');
    await expect(done).resolves.toEqual([1, 2, 3, 4]);
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('ends with the mapped GraphQL error when the stream fails (no stack, no internals)', async () => {
    const stream = fakeStream();
    const release = vi.fn();
    const done = collect(orderUpdates(stream, release, new AbortController().signal));
    stream.emit('error', serviceError(status.NOT_FOUND, 'No such order.'));
    await expect(done).rejects.toMatchObject({ message: 'No such order.', extensions: { code: 'NOT_FOUND' } });
    expect(release).toHaveBeenCalledTimes(1);
  });

  it('cancels the gRPC stream and frees the slot when the client leaves mid-stream', async () => {
    const stream = fakeStream();
    const release = vi.fn();
    const stopping = new AbortController();
    const updates = orderUpdates(stream, release, stopping.signal);
    const first = updates.next();
    send(stream, 1);
    await expect(first).resolves.toMatchObject({ value: { version: 1 } });
    expect(stream.cancel).not.toHaveBeenCalled();
    // What yoga does when the SSE response closes: return() on the iterator.
    await updates.return(undefined);
    expect(stream.cancel).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledTimes(1);
    stopping.abort();
    expect(stream.cancel).toHaveBeenCalledTimes(1);
  });

  it('cancels and frees the slot even when the client leaves before the first event is pulled', async () => {
    const stream = fakeStream();
    const release = vi.fn();
    const updates = orderUpdates(stream, release, new AbortController().signal);
    await updates.return(undefined);
    expect(stream.cancel).toHaveBeenCalledTimes(1);
    expect(release).toHaveBeenCalledTimes(1);
    await expect(updates.next()).resolves.toEqual({ done: true, value: undefined });
  });

  it('ends with UNAVAILABLE when the BFF starts stopping, so the client reconnects elsewhere', async () => {
    const stream = fakeStream();
    const stopping = new AbortController();
    const done = collect(orderUpdates(stream, vi.fn(), stopping.signal));
    send(stream, 1);
    await tick();
    stopping.abort();
    await expect(done).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
    expect(stream.cancel).toHaveBeenCalledTimes(1);
    const late = collect(orderUpdates(fakeStream(), vi.fn(), stopping.signal));
    await expect(late).rejects.toMatchObject({ extensions: { code: 'UNAVAILABLE' } });
  });
});

describe('WatchOrder call and stream caps', () => {
  const logger = createLogger('test', 'fatal', new Writable({ write: (_c, _e, done) => done() }));

  function setup(maxPerViewer: number) {
    const opened: Array<{ request: unknown; metadata: Metadata; deadline: number; stream: FakeStream }> = [];
    const failures = { next: 0 };
    const client = {
      watchOrder: (request: unknown, metadata: Metadata, options: { deadline: number }) => {
        if (failures.next > 0 && failures.next--) throw new Error('Channel has been shut down');
        const stream = fakeStream();
        opened.push({ request, metadata, deadline: options.deadline, stream });
        return stream;
      },
    } as unknown as OrderServiceClient;
    const gateway = orderGatewayFor(client, logger, () => Promise.resolve(true), 60_000);
    const limiter = createStreamLimiter({ maxStreams: 10, maxPerViewer });
    const factory = orderContextFactory(gateway, 'https://img.test', limiter, new AbortController().signal);
    const subscribe = (userId?: string, headers: Record<string, string> = {}) => {
      const ctx = factory({ requestId: 'req-live-0001', req: { headers } as never });
      if (userId) Object.assign(ctx, { viewer: { userId, permissions: new Set(), expiresAt: 0 }, accessToken: `token-${userId}` });
      const resolver = subscription.orderUpdated as { subscribe: (parent: unknown, args: { id: string }, ctx: unknown, info: unknown) => AsyncGenerator };
      return resolver.subscribe({}, { id: 'o-1' }, ctx, {});
    };
    return { opened, limiter, subscribe, failures };
  }

  it("opens one stream per subscriber with the shopper's token, the request id and a deadline", () => {
    const { opened, subscribe } = setup(5);
    const before = Date.now();
    subscribe('u-1');
    subscribe('u-1');
    expect(opened).toHaveLength(2);
    expect(opened[0]!.request).toEqual({ orderId: 'o-1' });
    expect(opened[0]!.metadata.get('authorization')).toEqual(['Bearer token-u-1']);
    expect(opened[0]!.metadata.get('x-request-id')).toEqual(['req-live-0001']);
    expect(opened[0]!.deadline).toBeGreaterThanOrEqual(before + 60_000);
    expect(opened[0]!.deadline).toBeLessThan(before + 61_000);
  });

  it('refuses a guest and a shopper over the cap before opening a stream, and frees the slot when one ends', async () => {
    const { opened, limiter, subscribe } = setup(1);
    expect(() => subscribe()).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }));
    const first = subscribe('u-1');
    expect(() => subscribe('u-1')).toThrow(expect.objectContaining({ extensions: { code: 'RATE_LIMITED' } }));
    expect(opened).toHaveLength(1);
    subscribe('u-2');
    expect(limiter.open()).toBe(2);
    const next = first.next();
    opened[0]!.stream.emit('end');
    await next;
    expect(limiter.open()).toBe(1);
    subscribe('u-1');
    expect(opened).toHaveLength(3);
  });

  it('takes no slot when the request is refused (a malformed X-Cart-Id) or the stream cannot open', () => {
    const { opened, limiter, subscribe, failures } = setup(1);
    for (let i = 0; i < 3; i += 1) {
      expect(() => subscribe('u-1', { 'x-cart-id': 'bad' })).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }));
    }
    failures.next = 2;
    expect(() => subscribe('u-1')).toThrow(/shut down/);
    expect(() => subscribe('u-1')).toThrow(/shut down/);
    expect(limiter.open()).toBe(0);
    expect(opened).toHaveLength(0);
    subscribe('u-1');
    expect(opened).toHaveLength(1);
  });
});

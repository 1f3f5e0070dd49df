import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { subscribeOverSse } from './graphql-sse.js';

const doc = parse('subscription { tick }') as TypedDocumentNode<{ tick: number }, Record<string, never>>;

function sse(chunks: string[], init: ResponseInit = { headers: { 'content-type': 'text/event-stream' } }): typeof fetch {
  return async () =>
    new Response(
      new ReadableStream({
        start(controller) {
          for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk));
          controller.close();
        },
      }),
      init,
    );
}

const run = (fetchImpl: typeof fetch) => {
  const seen: number[] = [];
  const done = subscribeOverSse(doc, {}, { url: 'http://bff/graphql', signal: new AbortController().signal, fetch: fetchImpl }, (data) => seen.push(data.tick));
  return { seen, done };
};

describe('subscribeOverSse', () => {
  it('delivers every next event, split across chunks, until complete', async () => {
    const { seen, done } = run(sse([':\n\nevent: next\ndata: {"data":{"tick":1}}\n', '\nevent: next\ndata: {"data":{"tick":2}}\n\nevent: complete\ndata:\n\n']));
    await done;
    expect(seen).toEqual([1, 2]);
  });

  it('rejects with the error code of an error result, and with UNAVAILABLE when the stream just stops', async () => {
    await expect(run(sse(['event: next\ndata: {"errors":[{"message":"No.","extensions":{"code":"NOT_FOUND"}}]}\n\n'])).done).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(run(sse(['event: next\ndata: {"data":{"tick":1}}\n\n'])).done).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(run(async () => Promise.reject(new TypeError('offline'))).done).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    const refused = async () => new Response(JSON.stringify({ errors: [{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 401, headers: { 'content-type': 'application/json' } });
    await expect(run(refused).done).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('takes a silent stream as lost (no ping within the idle timeout) and closes it', async () => {
    let closed = false;
    const silent: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start: (controller) => controller.enqueue(new TextEncoder().encode('event: next\ndata: {"data":{"tick":1}}\n\n')),
          cancel: () => void (closed = true),
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    const seen: number[] = [];
    const done = subscribeOverSse(doc, {}, { url: 'http://bff/graphql', signal: new AbortController().signal, fetch: silent, idleTimeoutMs: 30 }, (data) => seen.push(data.tick));
    await expect(done).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    expect(seen).toEqual([1]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closed).toBe(true);
  });

  it('closes the connection after an error result (the server may keep it open)', async () => {
    let closed = false;
    const failing: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start: (controller) => controller.enqueue(new TextEncoder().encode('event: next\ndata: {"errors":[{"message":"No.","extensions":{"code":"FORBIDDEN"}}]}\n\n')),
          cancel: () => void (closed = true),
        }),
        { headers: { 'content-type': 'text/event-stream' } },
      );
    await expect(run(failing).done).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(closed).toBe(true);
  });
});

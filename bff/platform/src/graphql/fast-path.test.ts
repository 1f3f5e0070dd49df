import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@shop/node-platform';
import { createServiceBudget } from './budget/service-budget.js';
import { createBffYoga, type ContextFactory } from './create-yoga.js';
import { createFastPath } from './fast-path.js';
import { createJitExecution } from './jit-execution.js';

const logger = createLogger('test', 'silent');
const createContext = ({ requestId }: { requestId: string }) => ({ requestId });
const limits = { maxDepth: 5, maxTokens: 100, maxServiceCalls: 10, maxRows: 100, maxAliases: 5 };
const budget = createServiceBudget({}, limits);
const jit = createJitExecution();
const { yoga } = createBffYoga({
  typeDefs: 'type Query { hello: String! boom: String }',
  resolvers: { Query: { hello: () => 'hi', boom: () => { throw new Error('kaput'); } } },
  createContext,
  limits,
  budget,
  jit,
  graphiql: false,
  production: true,
  logger,
});
const tryFastPath = createFastPath({ yoga, createContext, budget, jit, logger });

function fakeRes() {
  const headers: Record<string, unknown> = {};
  const res = {
    statusCode: 0,
    body: '',
    setHeader: (name: string, value: unknown) => void (headers[name] = value),
    end: (body: string | Buffer) => void (res.body = body.toString()),
    headers,
  };
  return res;
}

async function serve(body: unknown, accept?: string) {
  const res = fakeRes();
  const req = { headers: accept ? { accept } : {} } as IncomingMessage;
  const served = await tryFastPath(req, res as unknown as ServerResponse, body, 'req-12345678');
  return { served, res };
}

describe('fast path', () => {
  it('serves a clean query itself', async () => {
    const { served, res } = await serve({ query: '{ hello }' });
    expect(served).toBe(true);
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('{"data":{"hello":"hi"}}');
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  });

  it('serves execution errors masked, through yoga’s result processor', async () => {
    const { served, res } = await serve({ query: '{ boom }' }, 'application/graphql-response+json');
    expect(served).toBe(true);
    expect(JSON.parse(res.body).errors[0]).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL' } });
  });

  it.each([
    ['a syntax error', { query: '{ hello' }],
    ['a validation error', { query: '{ nope }' }],
    ['too many tokens', { query: `{ ${'hello '.repeat(120)}}` }],
    ['an unknown body key', { query: '{ hello }', extra: 1 }],
    ['extensions (e.g. persisted queries)', { query: '{ hello }', extensions: { persistedQuery: {} } }],
    ['a batch', [{ query: '{ hello }' }]],
    ['non-object variables', { query: '{ hello }', variables: [1] }],
    ['a subscription', { query: 'subscription { hello }' }],
  ])('leaves %s to yoga without writing', async (_name, body) => {
    const { served, res } = await serve(body);
    expect(served).toBe(false);
    expect(res.statusCode).toBe(0);
    expect(res.body).toBe('');
  });

  it('leaves an Accept it cannot honour to yoga', async () => {
    expect((await serve({ query: '{ hello }' }, 'text/html')).served).toBe(false);
  });
});

describe('fast path cache and context', () => {
  function counted(options: { maxEntries?: number; context?: ContextFactory<{ requestId: string }> } = {}) {
    const stats = { compiles: 0 };
    const countingJit = {
      ...jit,
      compiled: (...args: Parameters<typeof jit.compiled>) => {
        stats.compiles++;
        return jit.compiled(...args);
      },
    };
    const fastPath = createFastPath({
      yoga,
      createContext: options.context ?? createContext,
      budget,
      jit: countingJit,
      logger,
      maxEntries: options.maxEntries,
    });
    const run = async (body: unknown) => {
      const res = fakeRes();
      const served = await fastPath({ headers: {} } as IncomingMessage, res as unknown as ServerResponse, body, 'req-12345678');
      return { served, res };
    };
    return { stats, run };
  }

  it('keeps a good document while failing documents flood in', async () => {
    const { stats, run } = counted({ maxEntries: 2 });
    expect((await run({ query: '{ hello }' })).served).toBe(true);
    for (let i = 0; i < 600; i++) expect((await run({ query: `{ nope${i} }` })).served).toBe(false);
    expect((await run({ query: '{ hello }' })).served).toBe(true);
    expect(stats.compiles).toBe(1);
  });

  it('evicts the least recently used good document at its bound', async () => {
    const { stats, run } = counted({ maxEntries: 2 });
    for (const query of ['{ hello }', '{ a: hello }', '{ hello }', '{ b: hello }', '{ hello }', '{ a: hello }']) await run({ query });
    // hello stays (recently used), a was evicted by b and compiled again.
    expect(stats.compiles).toBe(4);
  });

  it('never takes an empty operationName or a key-shaped query for another entry', async () => {
    const { run } = counted();
    expect((await run({ query: 'query A { hello }' })).served).toBe(true);
    expect((await run({ query: 'query A { hello }', operationName: '' })).served).toBe(false);
    expect((await run({ query: '{ hello }', operationName: 'A' })).served).toBe(false);
    expect((await run({ query: '1:A:query A { hello }' })).served).toBe(false);
    expect((await run({ query: 'query A { hello }', operationName: 'A' })).served).toBe(true);
  });

  it('awaits an async context factory', async () => {
    const { run } = counted({ context: async ({ requestId }) => ({ requestId }) });
    const { served, res } = await run({ query: '{ hello }' });
    expect(served).toBe(true);
    expect(res.body).toBe('{"data":{"hello":"hi"}}');
  });

  it('leaves a throwing or rejecting context factory to yoga without writing', async () => {
    for (const context of [
      () => {
        throw new Error('no');
      },
      () => Promise.reject(new Error('no')),
    ]) {
      const { served, res } = await counted({ context }).run({ query: '{ hello }' });
      expect(served).toBe(false);
      expect(res.statusCode).toBe(0);
    }
  });
});

import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createLogger } from '@shop/node-platform';
import { createServiceBudget } from './budget/service-budget.js';
import { createBffYoga } from './create-yoga.js';
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

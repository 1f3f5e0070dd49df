import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@shop/node-platform';
import { API_CSP, GRAPHIQL_CSP } from '../http/security-headers.js';
import { startBffServer, type RunningBff } from '../server/start-bff-server.js';
import { rawRequest } from '../testing/raw-request.js';
import { TOY_SDL, startToyBff } from '../testing/toy-bff.js';
import { createBffApp } from './create-bff-app.js';

let fast: RunningBff;
let yogaOnly: RunningBff;
let withRoutes: RunningBff;
beforeAll(async () => {
  const app = createBffApp({
    name: 'routes',
    version: '1.0.0',
    schema: TOY_SDL,
    resolvers: { Query: { hello: () => 'hi' } },
    createContext: ({ requestId }) => ({ requestId }),
    corsOrigins: ['http://localhost:4200'],
    ready: async () => true,
    logger: createLogger('routes', 'silent'),
  });
  app.get('/boom', () => {
    throw new Error('route failure');
  });
  app.get('/image.svg', (c) => c.body('<svg xmlns="http://www.w3.org/2000/svg"/>', 200, { 'content-type': 'image/svg+xml' }));
  app.get('/own-csp', (c) => c.body('x', 200, { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'" }));
  [fast, yogaOnly, withRoutes] = await Promise.all([
    startToyBff({ graphiql: true, production: false }),
    startToyBff({ fastPath: false }),
    startBffServer(app, { port: 0 }),
  ]);
});
afterAll(async () => {
  await Promise.all([fast, yogaOnly, withRoutes].map((s) => s.stop()));
});

const json = (body: unknown) => ({ headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('security headers on every BFF response', () => {
  const requests: Array<[string, (s: { fast: string; yoga: string; routes: string }) => Promise<{ status: number; headers: Headers }>, number]> = [
    ['GraphQL on the fast path', (u) => rawRequest(`${u.fast}/graphql`, json({ query: '{ hello }' })), 200],
    ['GraphQL through yoga', (u) => rawRequest(`${u.yoga}/graphql`, json({ query: '{ hello }' })), 200],
    ['a GraphQL error', (u) => rawRequest(`${u.fast}/graphql`, json({ query: '{ nope }' })), 200],
    ['malformed JSON', (u) => rawRequest(`${u.fast}/graphql`, { headers: { 'content-type': 'application/json' }, body: '{' }), 400],
    ['413', (u) => rawRequest(`${u.fast}/graphql`, json({ query: 'x'.repeat(200_000) })), 413],
    ['415', (u) => rawRequest(`${u.yoga}/graphql`, { headers: { 'content-type': 'text/plain' }, body: '{}' }), 415],
    ['GET without CSRF header', (u) => rawRequest(`${u.fast}/graphql?query=%7Bhello%7D`, { method: 'GET' }), 403],
    ['OPTIONS /graphql', (u) => rawRequest(`${u.fast}/graphql`, { method: 'OPTIONS', headers: { origin: 'http://localhost:4200' } }), 204],
    ['HEAD /graphql', (u) => rawRequest(`${u.fast}/graphql`, { method: 'HEAD' }), 405],
    ['/healthz', (u) => rawRequest(`${u.fast}/healthz`, { method: 'GET' }), 200],
    ['/readyz', (u) => rawRequest(`${u.fast}/readyz`, { method: 'GET' }), 200],
    ['OPTIONS /healthz', (u) => rawRequest(`${u.fast}/healthz`, { method: 'OPTIONS', headers: { origin: 'http://localhost:4200' } }), 204],
    ['404', (u) => rawRequest(`${u.fast}/nope`, { method: 'GET' }), 404],
    ['a route that throws (500)', (u) => rawRequest(`${u.routes}/boom`, { method: 'GET' }), 500],
    ['an added route', (u) => rawRequest(`${u.routes}/image.svg`, { method: 'GET' }), 200],
  ];

  it.each(requests)('%s', async (_name, send, status) => {
    const answer = await send({ fast: fast.url, yoga: yogaOnly.url, routes: withRoutes.url });
    expect(answer.status).toBe(status);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('content-security-policy')).toBe(API_CSP);
  });

  it('tells caches never to store a GraphQL answer (they depend on the caller), on both paths and over GET', async () => {
    const get = { method: 'GET', headers: { 'x-graphql-csrf': '1' } };
    const answers = await Promise.all([
      rawRequest(`${fast.url}/graphql`, json({ query: '{ hello }' })),
      rawRequest(`${yogaOnly.url}/graphql`, json({ query: '{ hello }' })),
      rawRequest(`${fast.url}/graphql?query=%7Bhello%7D`, get),
      rawRequest(`${yogaOnly.url}/graphql?query=%7Bhello%7D`, get),
      rawRequest(`${fast.url}/graphql`, json({ query: '{ nope }' })),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('keeps a CSP a route chose itself and adds the rest of the baseline', async () => {
    const answer = await rawRequest(`${withRoutes.url}/own-csp`, { method: 'GET' });
    expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('gives the development GraphiQL page the looser CSP it needs, still unframeable', async () => {
    const answer = await rawRequest(`${fast.url}/graphql`, { method: 'GET', headers: { accept: 'text/html' } });
    expect(answer.text).toMatch(/graphiql/i);
    expect(answer.headers.get('content-security-policy')).toBe(GRAPHIQL_CSP);
    expect(GRAPHIQL_CSP).toContain("frame-ancestors 'none'");
    // Everything the page loads from elsewhere is allowed by that CSP's script/style sources.
    for (const url of answer.text.match(/https:\/\/[^"'\s)>]+/g) ?? []) {
      expect(GRAPHIQL_CSP).toContain(new URL(url).origin);
    }
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

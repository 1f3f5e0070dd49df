import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '../server/start-bff-server.js';
import { startToyBff } from '../testing/toy-bff.js';

let dev: RunningBff;
let unready: RunningBff;
let hanging: RunningBff;
beforeAll(async () => {
  [dev, unready, hanging] = await Promise.all([
    startToyBff({ graphiql: true, production: false }),
    startToyBff({ ready: async () => false }),
    startToyBff({ ready: () => new Promise<boolean>(() => undefined) }),
  ]);
});
afterAll(async () => {
  await Promise.all([dev, unready, hanging].map((s) => s.stop()));
});

describe('createBffApp', () => {
  it('serves GraphiQL when enabled (development)', async () => {
    const response = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/graphiql/i);
  });

  it('never serves GraphiQL in production, even when asked', async () => {
    const prod = await startToyBff({ graphiql: true, production: true });
    try {
      const response = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(await response.text()).not.toMatch(/graphiql/i);
    } finally {
      await prod.stop();
    }
  });

  it('reports health with name, version and uptime', async () => {
    const body = (await (await fetch(`${dev.url}/healthz`)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok', name: 'toy', version: '1.2.3' });
    expect(typeof body['uptimeSeconds']).toBe('number');
  });

  it('answers 503 on /readyz when a dependency is down or the check hangs', async () => {
    expect((await fetch(`${unready.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${hanging.url}/readyz`)).status).toBe(503);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const response = await fetch(`${dev.url}/nope`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });

  it('applies the body limit to JSON bodies', async () => {
    const response = await fetch(`${dev.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ hello } #${'x'.repeat(150_000)}` }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses non-JSON GraphQL bodies with 415 (also oversized ones)', async () => {
    for (const body of ['{ hello }', `{ hello } #${'x'.repeat(150_000)}`]) {
      const response = await fetch(`${dev.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/graphql' },
        body,
      });
      expect(response.status).toBe(415);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    }
  });

  it('serves GET queries with a CSRF header through yoga', async () => {
    const response = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ hello(name: "get") }')}`, {
      headers: { 'graphql-require-preflight': '1' },
    });
    expect(await response.json()).toEqual({ data: { hello: 'hello get' } });
  });

  it('answers HEAD /graphql with 405 and keeps serving', async () => {
    const head = await fetch(`${dev.url}/graphql`, { method: 'HEAD' });
    expect(head.status).toBe(405);
    const response = await fetch(`${dev.url}/graphql?query=${encodeURIComponent('{ hello }')}`, {
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(response.status).toBe(200);
  });

  it('stops gracefully', async () => {
    const server = await startToyBff();
    await server.stop();
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});

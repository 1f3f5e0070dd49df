import { postGraphQL } from '@shop/bff-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

let stack: CatalogStack;
let graphql: string;
beforeAll(async () => {
  stack = await startCatalogStack();
  graphql = `${stack.bff.url}/graphql`;
});
afterAll(async () => {
  await stack?.stop();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('catalog BFF HTTP edge', () => {
  it('answers a malformed JSON body with 400 BAD_REQUEST', async () => {
    const answer = await postGraphQL(graphql, '{"query": "{ categories { id } }"');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('answers an oversized body with 413 and a GraphQL-style error', async () => {
    const answer = await postGraphQL(graphql, { query: `{ categories { id } } #${'x'.repeat(200_000)}` });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('allows a whitelisted origin: preflight with credentials and max-age', async () => {
    const response = await fetch(graphql, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:4200',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const post = await postGraphQL(graphql, { query: '{ categories { id } }' }, { origin: 'http://localhost:4200' });
    expect(post.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
  });

  it('gives a disallowed origin no CORS headers', async () => {
    const response = await fetch(graphql, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await postGraphQL(graphql, { query: '{ categories { id } }' }, { origin: 'https://evil.example' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes a valid x-request-id, generates one when absent, replaces garbage', async () => {
    const body = { query: '{ categories { id } }' };
    const echoed = await postGraphQL(graphql, body, { 'x-request-id': 'trace-0123456789' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-0123456789');
    expect((await postGraphQL(graphql, body)).headers.get('x-request-id')).toMatch(UUID);
    for (const garbage of ['<script>alert(1)</script>', 'a'.repeat(4000), 'short']) {
      const answer = await postGraphQL(graphql, body, { 'x-request-id': garbage });
      expect(answer.headers.get('x-request-id')).toMatch(UUID);
    }
    const health = await fetch(`${stack.bff.url}/healthz`, { headers: { 'x-request-id': 'trace-abcdefghij' } });
    expect(health.headers.get('x-request-id')).toBe('trace-abcdefghij');
  });

  it('reports /healthz and /readyz', async () => {
    const health = await fetch(`${stack.bff.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', name: 'bff-catalog', version: '0.1.0' });
    const ready = await fetch(`${stack.bff.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('serves a deterministic, cacheable SVG per slug and 404s bad slugs', async () => {
    const url = `${stack.bff.url}/images/products/blue-ceramic-mug.svg`;
    const [a, b] = await Promise.all([fetch(url), fetch(url)]);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('image/svg+xml');
    expect(a.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
    const svg = await a.text();
    expect(svg).toBe(await b.text());
    expect(svg).toContain('Blue Ceramic Mug');
    for (const bad of ['%3Cscript%3E.svg', 'Blue.svg', 'blue-mug.png', 'a--b.svg']) {
      const response = await fetch(`${stack.bff.url}/images/products/${bad}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('script');
    }
  });

  it('does not expose GraphiQL outside development', async () => {
    const response = await fetch(graphql, { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('graphiql');
  });
});

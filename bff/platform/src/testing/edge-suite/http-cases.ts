import { expect, it } from 'vitest';
import { postGraphQL } from '../post-graphql.js';
import { EDGE_ORIGIN, type EdgeServers } from './describe-bff-edge.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const QUERY = { query: '{ __typename }' };

/** Body limits, CORS, request ids, health and GraphiQL outside development. */
export function httpCases(servers: EdgeServers, options: { name: string; version?: string }): void {
  const graphql = () => `${servers.test.url}/graphql`;

  it('answers a malformed JSON body with 400 BAD_REQUEST', async () => {
    const answer = await postGraphQL(graphql(), '{"query": "{ __typename }"');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'BAD_REQUEST' });
  });

  it('answers an oversized body with 413 and a GraphQL-style error', async () => {
    const answer = await postGraphQL(graphql(), { query: `{ __typename } #${'x'.repeat(200_000)}` });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('allows a whitelisted origin: preflight with credentials and max-age', async () => {
    const response = await fetch(graphql(), {
      method: 'OPTIONS',
      headers: {
        origin: EDGE_ORIGIN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(EDGE_ORIGIN);
    expect(response.headers.get('access-control-allow-credentials')).toBe('true');
    expect(response.headers.get('access-control-max-age')).toBe('600');
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('authorization');
    const post = await postGraphQL(graphql(), QUERY, { origin: EDGE_ORIGIN });
    expect(post.headers.get('access-control-allow-origin')).toBe(EDGE_ORIGIN);
  });

  it('gives a disallowed origin no CORS headers', async () => {
    const response = await fetch(graphql(), {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    const post = await postGraphQL(graphql(), QUERY, { origin: 'https://evil.example' });
    expect(post.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('echoes a valid x-request-id, generates one when absent, replaces garbage', async () => {
    const echoed = await postGraphQL(graphql(), QUERY, { 'x-request-id': 'trace-0123456789' });
    expect(echoed.headers.get('x-request-id')).toBe('trace-0123456789');
    expect((await postGraphQL(graphql(), QUERY)).headers.get('x-request-id')).toMatch(UUID);
    for (const garbage of ['<script>alert(1)</script>', 'a'.repeat(4000), 'short']) {
      const answer = await postGraphQL(graphql(), QUERY, { 'x-request-id': garbage });
      expect(answer.headers.get('x-request-id')).toMatch(UUID);
    }
    const health = await fetch(`${servers.test.url}/healthz`, { headers: { 'x-request-id': 'trace-abcdefghij' } });
    expect(health.headers.get('x-request-id')).toBe('trace-abcdefghij');
  });

  it('reports /healthz and /readyz', async () => {
    const health = await fetch(`${servers.test.url}/healthz`);
    expect(health.status).toBe(200);
    const expected = options.version === undefined ? { name: options.name } : { name: options.name, version: options.version };
    expect(await health.json()).toMatchObject({ status: 'ok', ...expected });
    const ready = await fetch(`${servers.test.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('does not expose GraphiQL outside development', async () => {
    const response = await fetch(graphql(), { headers: { accept: 'text/html' } });
    expect(await response.text()).not.toContain('graphiql');
  });
}

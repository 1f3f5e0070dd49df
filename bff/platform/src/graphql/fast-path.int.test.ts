import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '../server/start-bff-server.js';
import { postGraphQL } from '../testing/post-graphql.js';
import { startToyBff } from '../testing/toy-bff.js';

// The fast path must answer exactly like yoga: same status, content type and bytes.
let fast: RunningBff;
let yogaOnly: RunningBff;

beforeAll(async () => {
  [fast, yogaOnly] = await Promise.all([startToyBff(), startToyBff({ fastPath: false })]);
});
afterAll(async () => {
  await Promise.all([fast.stop(), yogaOnly.stop()]);
});

const deep = '{ node(id: "a") { child { child { child { child { child { id } } } } } } }';
// Toy limits: depth 5, cost 100, tokens 400 (testing/toy-bff.ts).
const costly = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: node(id: "x") { child { child { child { id } } } }`).join(' ')} }`;
const tokens = `{ ${Array.from({ length: 200 }, (_, i) => `h${i}: hello`).join(' ')} }`;

const cases: Array<[string, unknown, Record<string, string>?]> = [
  ['plain query', { query: '{ hello }' }],
  ['variables', { query: 'query Q($n: String) { hello(name: $n) }', variables: { n: 'ann' } }],
  ['null variables and operationName', { query: '{ hello }', variables: null, operationName: null }],
  ['list with nesting', { query: '{ nodes(n: 3) { id value child { id value } } }' }],
  ['wrong variable type', { query: 'query Q($n: Int!) { nodes(n: $n) { id } }', variables: { n: 'x' } }],
  ['missing variable', { query: 'query Q($n: Int!) { nodes(n: $n) { id } }' }],
  ['syntax error', { query: '{ hello ' }],
  ['unknown field', { query: '{ nope }' }],
  ['depth over limit', { query: deep }],
  ['cost over limit', { query: costly }],
  ['tokens over limit', { query: tokens }],
  ['coded resolver error', { query: '{ fail(kind: "coded") }' }],
  ['gRPC error with field', { query: '{ fail(kind: "field") }' }],
  ['gRPC unavailable', { query: '{ fail(kind: "grpc") }' }],
  ['unexpected error (masked)', { query: '{ fail(kind: "boom") }' }],
  ['non-null violation (masked)', { query: '{ strict }' }],
  ['partial data', { query: '{ hello fail(kind: "coded") }' }],
  ['operation choice', { query: 'query A { hello } query B { nodes(n: 1) { id } }', operationName: 'B' }],
  ['unknown operation', { query: 'query A { hello }', operationName: 'Z' }],
  ['ambiguous operations', { query: 'query A { hello } query B { hello }' }],
  ['missing query', { variables: {} }],
  ['extra body key', { query: '{ hello }', foo: 1 }],
  ['batch array', [{ query: '{ hello }' }]],
  ['accept graphql-response+json', { query: '{ hello }' }, { accept: 'application/graphql-response+json' }],
  ['accept json, error', { query: '{ nope }' }, { accept: 'application/json' }],
  ['accept response+json, error', { query: '{ fail(kind: "boom") }' }, { accept: 'application/graphql-response+json' }],
  ['accept list', { query: '{ hello }' }, { accept: 'application/graphql-response+json, application/json;q=0.9' }],
  ['accept html only', { query: '{ hello }' }, { accept: 'text/html' }],
  ['introspection', { query: '{ __schema { queryType { name } } }' }],
];

describe('fast path vs yoga', () => {
  it.each(cases)('%s: identical status, content type and body', async (_name, body, headers) => {
    const [a, b] = await Promise.all([
      postGraphQL(`${fast.url}/graphql`, body, headers),
      postGraphQL(`${yogaOnly.url}/graphql`, body, headers),
    ]);
    expect(a.text).toBe(b.text);
    expect(a.status).toBe(b.status);
    expect(a.headers.get('content-type')).toBe(b.headers.get('content-type'));
  });

  it('answers the same on a cache hit as on the first request', async () => {
    const body = { query: 'query Q($n: Int!) { nodes(n: $n) { id } }', variables: { n: 2 } };
    const first = await postGraphQL(`${fast.url}/graphql`, body);
    const second = await postGraphQL(`${fast.url}/graphql`, body);
    expect(second.text).toBe(first.text);
    expect(JSON.parse(second.text)).toEqual({ data: { nodes: [{ id: 'n0' }, { id: 'n1' }] } });
  });

  it('masks unexpected errors without leaking message or stack', async () => {
    const answer = await postGraphQL(`${fast.url}/graphql`, { query: '{ fail(kind: "boom") }' });
    expect(answer.text).not.toMatch(/secret|db\.ts|stack/);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'INTERNAL' });
  });

  it.each([
    ['{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
    ['{ hello ', 'GRAPHQL_PARSE_FAILED'],
    ['{ fail(kind: "coded") }', 'NOT_FOUND'],
    ['{ fail(kind: "grpc") }', 'UNAVAILABLE'],
    ['{ fail(kind: "field") }', 'BAD_USER_INPUT'],
  ])('keeps the typed code of %s', async (query, code) => {
    for (const server of [fast, yogaOnly]) {
      const answer = await postGraphQL(`${server.url}/graphql`, { query });
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe(code);
    }
  });

  it('answers limit breaches with HTTP 400 and QUERY_TOO_COMPLEX', async () => {
    for (const query of [deep, costly, tokens]) {
      const answer = await postGraphQL(`${fast.url}/graphql`, { query });
      expect(answer.status, answer.text).toBe(400);
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
  });
});

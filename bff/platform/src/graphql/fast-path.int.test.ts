import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '../server/start-bff-server.js';
import { postGraphQL } from '../testing/post-graphql.js';
import { comparableHeaders, rawRequest } from '../testing/raw-request.js';
import { startToyBff } from '../testing/toy-bff.js';

// The fast path must answer exactly like yoga: same status, every header but Date, same bytes.
let fast: RunningBff;
let yogaOnly: RunningBff;
let fastProd: RunningBff;
let yogaProd: RunningBff;

beforeAll(async () => {
  [fast, yogaOnly, fastProd, yogaProd] = await Promise.all([
    startToyBff(),
    startToyBff({ fastPath: false }),
    startToyBff({ production: true }),
    startToyBff({ production: true, fastPath: false }),
  ]);
});
afterAll(async () => {
  await Promise.all([fast, yogaOnly, fastProd, yogaProd].map((s) => s.stop()));
});

const deep = '{ node(id: "a") { child { child { child { child { child { id } } } } } } }';
// Toy limits (testing/toy-bff.ts): depth 5, 400 tokens, 5 aliases, 10 service calls, 60 rows.
const aliases = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: hello`).join(' ')} }`;
const tokens = `{ ${Array.from({ length: 200 }, (_, i) => `h${i}: hello`).join(' ')} }`;
const FIXED = { 'x-request-id': 'compare-0123456789', origin: 'https://evil.example' };

type Case = [string, unknown, Record<string, string>?];
const cases: Case[] = [
  ['plain query', { query: '{ hello }' }],
  ['variables', { query: 'query Q($n: String) { hello(name: $n) }', variables: { n: 'ann' } }],
  ['null variables and operationName', { query: '{ hello }', variables: null, operationName: null }],
  ['empty operationName (absent one cached first)', { query: '{ hello }', operationName: '' }],
  ['query text shaped like a named key', { query: '5:Hello:{ hello }' }],
  ['named operation', { query: 'query Hello { hello }', operationName: 'Hello' }],
  ['list with nesting', { query: '{ nodes(n: 3) { id value child { id value } } }' }],
  ['wrong variable type', { query: 'query Q($n: Int!) { nodes(n: $n) { id } }', variables: { n: 'x' } }],
  ['missing variable', { query: 'query Q($n: Int!) { nodes(n: $n) { id } }' }],
  ['syntax error', { query: '{ hello ' }],
  ['unknown field', { query: '{ nope }' }],
  ['depth over limit', { query: deep }],
  ['aliases over limit', { query: aliases }],
  ['tokens over limit', { query: tokens }],
  ['rows over budget (variables)', { query: 'query($a: Int!, $b: Int!) { x: nodes(n: $a) { id } y: nodes(n: $b) { id } }', variables: { a: 40, b: 30 } }],
  ['identical pages count once', { query: 'query($a: Int!) { x: nodes(n: $a) { id } y: nodes(n: $a) { value } }', variables: { a: 40 } }],
  ['calls over budget (nested)', { query: '{ nodes(n: 11) { child { id } } }' }],
  ['fragments in budget, field order', { query: '{ ...F ... on Query { b: node(id: "b") { ...C } } } fragment F on Query { a: node(id: "a") { ...C } } fragment C on Node { child { child { child { id } } } }' }],
  ['calls over budget (fragments)', { query: '{ ...F ... on Query { b: node(id: "b") { ...C } c: node(id: "c") { ...C } } } fragment F on Query { a: node(id: "a") { ...C } } fragment C on Node { child { child { child { id } } } }' }],
  ['page size out of range (literal)', { query: '{ nodes(n: 1000) { id } }' }],
  ['page size out of range (variable)', { query: 'query($n: Int!) { nodes(n: $n) { id } }', variables: { n: -1 } }],
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
  ['accept response+json, over budget', { query: aliases }, { accept: 'application/graphql-response+json' }],
  ['accept response+json, coercion', { query: 'query Q($n: Int!) { nodes(n: $n) { id } }' }, { accept: 'application/graphql-response+json' }],
  ['accept list', { query: '{ hello }' }, { accept: 'application/graphql-response+json, application/json;q=0.9' }],
  ['accept html only', { query: '{ hello }' }, { accept: 'text/html' }],
  ['charset parameter', { query: '{ hello }' }, { 'content-type': 'application/json; charset=utf-8' }],
  ['async context', { query: '{ hello }' }, { 'x-toy-context': 'async' }],
  ['context rejects', { query: '{ hello }' }, { 'x-toy-context': 'throw' }],
  ['context throws a coded error', { query: '{ hello }' }, { 'x-toy-context': 'unauthenticated' }],
  ['introspection (development)', { query: '{ __schema { queryType { name } } }' }],
  ['bearer token the toy cannot verify (401)', { query: '{ hello }' }, { authorization: 'Bearer abc.def.ghi' }],
  ['authorization that is not a bearer token (401)', { query: '{ nope }' }, { authorization: 'Basic dXNlcjpwYXNz' }],
];

async function compare(a: RunningBff, b: RunningBff, send: (url: string) => ReturnType<typeof postGraphQL>) {
  // One after the other on each server, so cache state (first request, then a hit) is the same.
  const [x, y] = [await send(`${a.url}/graphql`), await send(`${b.url}/graphql`)];
  expect(x.text).toBe(y.text);
  expect(x.status).toBe(y.status);
  expect(comparableHeaders(x.headers)).toEqual(comparableHeaders(y.headers));
  return x;
}

describe('fast path vs yoga', () => {
  it.each(cases)('%s: identical status, headers and body', async (_name, body, headers) => {
    await compare(fast, yogaOnly, (url) => postGraphQL(url, body, { ...FIXED, ...headers }));
  });

  it('answers the second operation of a document after the first (jit caches per document)', async () => {
    const query = 'query A { hello } query B { nodes(n: 1) { id } }';
    for (const operationName of ['A', 'B', 'A']) {
      const answer = await compare(fast, yogaOnly, (url) => postGraphQL(url, { query, operationName }, FIXED));
      expect(Object.keys(JSON.parse(answer.text).data)).toEqual([operationName === 'A' ? 'hello' : 'nodes']);
    }
  });

  it.each([
    ['form-urlencoded', 'application/x-www-form-urlencoded', 'query=%7B%20hello%20%7D'],
    ['multipart', 'multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{"query":"{ hello }"}\r\n--b--\r\n'],
    ['text/plain;x=json', 'text/plain;x=json', '{"query":"{ hello }"}'],
    ['application/jsonx', 'application/jsonx', '{"query":"{ hello }"}'],
    ['application/json-seq', 'application/json-seq', '{"query":"{ hello }"}'],
    ['application/graphql', 'application/graphql', '{ hello }'],
    ['no content type', undefined, '{"query":"{ hello }"}'],
  ])('refuses a %s POST from a foreign origin with 415 on both paths', async (_name, contentType, body) => {
    const headers: Record<string, string> = { ...FIXED, ...(contentType ? { 'content-type': contentType } : {}) };
    const answer = await compare(fast, yogaOnly, (url) => rawRequest(url, { headers, body }));
    expect(answer.status).toBe(415);
    expect(JSON.parse(answer.text).errors[0].extensions).toEqual({ code: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(answer.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a GET query without a CSRF header (403) and runs one with it, never a mutation', async () => {
    const url = (endpoint: string) => `${endpoint}?query=${encodeURIComponent('{ hello }')}`;
    const refused = await compare(fast, yogaOnly, (base) => rawRequest(url(base), { method: 'GET', headers: FIXED }));
    expect(refused.status).toBe(403);
    expect(JSON.parse(refused.text).errors[0].extensions.code).toBe('FORBIDDEN');
    const allowed = await compare(fast, yogaOnly, (base) =>
      rawRequest(url(base), { method: 'GET', headers: { ...FIXED, 'x-graphql-csrf': '1' } }),
    );
    expect(JSON.parse(allowed.text)).toEqual({ data: { hello: 'hello world' } });
    const mutation = await rawRequest(`${fast.url}/graphql?query=${encodeURIComponent('mutation { hello }')}`, {
      method: 'GET',
      headers: { 'x-graphql-csrf': '1' },
    });
    expect(mutation.status).toBeGreaterThanOrEqual(400);
    expect(mutation.status).toBeLessThan(500);
  });

  it.each([
    ['__schema', '{ __schema { queryType { name } } }'],
    ['__type', '{ __type(name: "Query") { name } }'],
  ])('refuses introspection (%s) in production on both paths', async (_name, query) => {
    const answer = await compare(fastProd, yogaProd, (url) => postGraphQL(url, { query }, FIXED));
    const error = JSON.parse(answer.text).errors[0];
    expect(error.message).toMatch(/introspection has been disabled/);
    expect(error.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps __typename and hides "did you mean" in production on both paths', async () => {
    const typename = await compare(fastProd, yogaProd, (url) => postGraphQL(url, { query: '{ __typename }' }, FIXED));
    expect(JSON.parse(typename.text)).toEqual({ data: { __typename: 'Query' } });
    const hidden = await compare(fastProd, yogaProd, (url) => postGraphQL(url, { query: '{ nodez }' }, FIXED));
    expect(hidden.text).not.toMatch(/Did you mean/);
    const dev = await postGraphQL(`${fast.url}/graphql`, { query: '{ nodez }' });
    expect(dev.text).toMatch(/Did you mean/);
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
    ['query Q($n: Int!) { nodes(n: $n) { id } }', 'BAD_USER_INPUT'],
  ])('keeps the typed code of %s', async (query, code) => {
    for (const server of [fast, yogaOnly]) {
      const answer = await postGraphQL(`${server.url}/graphql`, { query });
      expect(JSON.parse(answer.text).errors[0].extensions.code).toBe(code);
    }
  });

  it('answers limit and budget breaches with HTTP 400 and QUERY_TOO_COMPLEX', async () => {
    for (const query of [deep, aliases, tokens, '{ nodes(n: 11) { child { id } } }']) {
      for (const accept of ['application/json', 'application/graphql-response+json']) {
        const answer = await postGraphQL(`${fast.url}/graphql`, { query }, { accept });
        expect(answer.status, answer.text).toBe(400);
        expect(JSON.parse(answer.text).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      }
    }
  });
});

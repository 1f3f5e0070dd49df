import { comparableHeaders, postGraphQL } from '@shop/bff-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff, type RunningCatalogBff } from './app.js';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

// The catalog answers must not depend on which path served them.
let stack: CatalogStack;
let yogaOnly: RunningCatalogBff;
const PUBLIC_URL = 'http://localhost:4002';

beforeAll(async () => {
  stack = await startCatalogStack({ publicUrl: PUBLIC_URL });
  yogaOnly = await startCatalogBff({
    catalogServiceAddr: stack.catalogAddr,
    corsOrigins: ['http://localhost:4200'],
    nodeEnv: 'test',
    logLevel: 'silent',
    publicUrl: PUBLIC_URL,
    fastPath: false,
  });
});
afterAll(async () => {
  await yogaOnly?.stop();
  await stack?.stop();
});

const list = 'query P($first: Int!, $after: String) { products(first: $first, after: $after) { totalCount edges { cursor node { id slug name imageUrl inStock price { amountMinor currency formatted } category { slug name } } } pageInfo { hasNextPage endCursor } } }';
const cases: Array<[string, unknown]> = [
  ['products(first: 20)', { query: list, variables: { first: 20 } }],
  ['second page', { query: list, variables: { first: 20, after: 'eyJ0IjoiIiwibyI6M30' } }],
  ['categories', { query: '{ categories { id slug name productCount } }' }],
  ['unknown slug', { query: '{ product(slug: "no-such-thing") { id } }' }],
  ['first: 0', { query: list, variables: { first: 0 } }],
  ['garbage after', { query: list, variables: { first: 5, after: '!!' } }],
  ['10k search', { query: '{ products(search: "' + 'y'.repeat(10_000) + '") { totalCount } }' }],
  ['too costly', { query: `{ a: products(first: 100) { edges { node { id name price { formatted } category { name } } } } b: products(first: 100) { edges { node { id name price { formatted } category { name } } } } }` }],
  ['variables of the wrong type', { query: list, variables: { first: 'twenty' } }],
  ['missing required variable', { query: 'query($n: Int!) { products(first: $n) { totalCount } }' }],
  ['first: 1000 (literal)', { query: '{ products(first: 1000) { totalCount } }' }],
  ['first: -1 (variable)', { query: list, variables: { first: -1 } }],
  ['250 aliased categories', { query: `{ ${Array.from({ length: 250 }, (_, i) => `c${i}: categories { id }`).join(' ')} }` }],
  ['products(first: $n) aliased 120×', { query: `query($n: Int!) { ${Array.from({ length: 120 }, (_, i) => `p${i}: products(first: $n) { totalCount }`).join(' ')} }`, variables: { n: 100 } }],
  ['literal products(first: 100) 30×', { query: `{ ${Array.from({ length: 30 }, (_, i) => `p${i}: products(first: 100) { edges { node { id } } }`).join(' ')} }` }],
  ['three full pages through fragments', { query: '{ ...P ... on Query { b: products(first: 100, search: "b") { totalCount } } c: products(first: 100, search: "c") { totalCount } } fragment P on Query { products(first: 100) { totalCount } }' }],
  ['identical aliases share a call', { query: '{ a: categories { id } b: categories { slug } }' }],
  ['product → category with categories', { query: '{ product(slug: "no-such-thing") { category { id } } categories { id } }' }],
];

describe('catalog: fast path vs yoga', () => {
  it.each(cases)('%s: identical status, headers (but Date) and body', async (_name, body) => {
    const headers = { 'x-request-id': 'compare-0123456789' };
    const fast = await postGraphQL(`${stack.bff.url}/graphql`, body, headers);
    const slow = await postGraphQL(`${yogaOnly.url}/graphql`, body, headers);
    expect(fast.status).toBe(slow.status);
    expect(comparableHeaders(fast.headers)).toEqual(comparableHeaders(slow.headers));
    expect(fast.text).toBe(slow.text);
  });

  it('uses PUBLIC_URL for image URLs (the bench compares them with the peer)', async () => {
    const answer = await postGraphQL(`${stack.bff.url}/graphql`, { query: '{ products(first: 1) { edges { node { slug imageUrl } } } }' });
    const node = JSON.parse(answer.text).data.products.edges[0].node;
    expect(node.imageUrl).toBe(`${PUBLIC_URL}/images/products/${node.slug}.svg`);
  });
});

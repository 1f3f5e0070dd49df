import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { postGraphQL } from '@shop/bff-platform/testing';
import { startCatalogBff, type RunningCatalogBff } from './app.js';
import { startCatalogStack, type CatalogStack, type GraphQLBody } from './testing/catalog-stack.js';
import { startRecordingCatalogProxy, type RecordingCatalogProxy } from './testing/recording-catalog-proxy.js';

const CARD = 'id slug name imageUrl inStock stock price { amountMinor currency formatted } category { id slug name }';
const PRODUCTS = `query P($first: Int, $after: String, $category: String, $search: String) {
  products(first: $first, after: $after, category: $category, search: $search) {
    totalCount edges { cursor node { ${CARD} } } pageInfo { hasNextPage endCursor } } }`;

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; slug: string; name: string; imageUrl: string; category: { slug: string } | null; price: { formatted: string } } }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let stack: CatalogStack;
beforeAll(async () => {
  stack = await startCatalogStack();
});
afterAll(async () => {
  await stack?.stop();
});

const products = async (variables: Record<string, unknown>) => {
  const answer = await stack.gql(PRODUCTS, variables);
  expect(answer.body.errors).toBeUndefined();
  return answer.body.data?.['products'] as Page;
};
const firstError = async (query: string, variables?: Record<string, unknown>) => {
  const answer = await stack.gql(query, variables);
  return { status: answer.status, error: answer.body.errors?.[0], data: answer.body.data };
};

describe('catalog BFF over the real catalog service', () => {
  it('lists the first 20 products with absolute image URLs and formatted prices', async () => {
    const page = await products({ first: 20 });
    expect(page.edges).toHaveLength(20);
    expect(page.totalCount).toBeGreaterThanOrEqual(60);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const node = page.edges[0]!.node;
    expect(node.imageUrl).toBe(`${stack.bff.url}/images/products/${node.slug}.svg`);
    expect(node.price.formatted).toMatch(/^\$\d[\d,]*\.\d{2}$/);
    expect(node.category?.slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('walks every page exactly once, also from a mid-page cursor', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let guard = 0; guard < 30; guard++) {
      const page: Page = await products({ first: 7, after });
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    const head = await products({ first: 5 });
    const rest = await products({ first: 4, after: head.edges[1]!.cursor });
    expect(rest.edges.map((e) => e.node.id)).toEqual(seen.slice(2, 6));
  });

  it('filters by category and matches each category count', async () => {
    const answer = await stack.gql('{ categories { id slug name productCount } }');
    const categories = answer.body.data?.['categories'] as Array<{ slug: string; productCount: number }>;
    expect(categories.length).toBeGreaterThanOrEqual(6);
    const category = categories[0]!;
    const page = await products({ first: 100, category: category.slug });
    expect(page.totalCount).toBe(category.productCount);
    expect(page.edges.every((e) => e.node.category?.slug === category.slug)).toBe(true);
  });

  it('searches text literally: % and _ are not wildcards', async () => {
    const any = await products({ first: 1 });
    const word = any.edges[0]!.node.name.split(' ')[0]!;
    const found = await products({ first: 100, search: word.toLowerCase() });
    expect(found.totalCount).toBeGreaterThan(0);
    // "word_rest" would match "word rest" if _ were a wildcard.
    const name = any.edges[0]!.node.name;
    const withUnderscore = name.includes(' ') ? name.replace(' ', '_') : `${name}_`;
    expect((await products({ first: 5, search: withUnderscore })).totalCount).toBe(0);
    const percent = await stack.gql('{ products(first: 100, search: "%") { edges { node { name description } } } }');
    const nodes = (percent.body.data?.['products'] as { edges: Array<{ node: { name: string; description: string } }> }).edges;
    expect(nodes.every((e) => `${e.node.name}${e.node.description}`.includes('%'))).toBe(true);
  });

  it('finds a product by slug and answers NOT_FOUND for an unknown one', async () => {
    const slug = (await products({ first: 1 })).edges[0]!.node.slug;
    const hit = await stack.gql(`query($s: String!) { product(slug: $s) { slug description } }`, { s: slug });
    expect(hit.body.data?.['product']).toMatchObject({ slug });
    const miss = await firstError('{ product(slug: "no-such-product") { id } }');
    expect(miss.status).toBe(200);
    expect(miss.data).toEqual({ product: null });
    expect(miss.error?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it.each([
    ['first: 0', { first: 0 }, 'first'],
    ['first: 1000', { first: 1000 }, 'first'],
    ['garbage after', { first: 5, after: 'not-a-cursor' }, 'after'],
    ['forged cursor', { first: 5, after: Buffer.from('{"t":"x","o":500}').toString('base64url') }, 'after'],
    ['10k search', { first: 5, search: 'x'.repeat(10_000) }, 'search'],
    ['bad category slug', { first: 5, category: 'Not A Slug!' }, 'category'],
  ])('rejects %s as BAD_USER_INPUT on the right field', async (_name, variables, field) => {
    const { status, error } = await firstError(PRODUCTS, variables);
    expect(status).toBe(200);
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  it('rejects a malformed product slug at the edge', async () => {
    const { error } = await firstError('{ product(slug: "../../etc") { id } }');
    expect(error?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'slug' });
  });

  it('answers too deep and too costly queries with 400 QUERY_TOO_COMPLEX', async () => {
    const deep = '{ __type(name: "Product") { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }';
    const full = `products(first: 100) { edges { node { ${CARD} description createdAt } } }`;
    const other = `products(first: 100, search: "a") { edges { node { ${CARD} description createdAt } } }`;
    for (const query of [deep, `{ a: ${full} b: ${other} }`]) {
      const { status, error } = await firstError(query);
      expect(status).toBe(400);
      expect(error?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    }
    expect((await firstError(`{ ${full} }`)).error).toBeUndefined();
  });

  it('masks an unexpected failure as INTERNAL without stack or detail', async () => {
    const sql = postgres(stack.databaseUrl, { max: 1, onnotice: () => undefined });
    try {
      const [row] = await sql<Array<{ slug: string }>>`
        UPDATE products SET price_amount_minor = 3000000000
        WHERE id = (SELECT id FROM products ORDER BY created_at LIMIT 1) RETURNING slug`;
      const { status, error, data } = await firstError(`{ product(slug: "${row!.slug}") { slug price { amountMinor } } }`);
      expect(status).toBe(200);
      expect(data).toEqual({ product: null });
      expect(error).toMatchObject({ message: 'Internal server error.', extensions: { code: 'INTERNAL' } });
      expect(JSON.stringify(error)).not.toMatch(/stack|3000000000|GraphQL Int|represent/);
    } finally {
      await sql.end();
    }
  });
});

describe('service budget (through a recording gRPC proxy)', () => {
  let proxy: RecordingCatalogProxy;
  let bff: RunningCatalogBff;
  beforeAll(async () => {
    proxy = await startRecordingCatalogProxy(stack.catalogAddr);
    bff = await startCatalogBff({ catalogServiceAddr: proxy.address, corsOrigins: [], nodeEnv: 'test', logLevel: 'silent' });
  });
  afterAll(async () => {
    await bff?.stop();
    await proxy?.stop();
  });

  const send = async (query: string, variables?: Record<string, unknown>) => {
    proxy.calls.length = 0;
    const answer = await postGraphQL(`${bff.url}/graphql`, { query, variables });
    return { status: answer.status, body: JSON.parse(answer.text) as GraphQLBody, calls: proxy.calls.map((call) => call.method) };
  };
  const aliased = (count: number, field: (i: number) => string) =>
    `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

  it.each([
    ['250 aliased categories', aliased(250, () => 'categories { id }'), undefined],
    ['products(first: $n), n = 100, aliased 120×', `query($n: Int!) ${aliased(120, () => 'products(first: $n) { totalCount }')}`, { n: 100 }],
    ['literal products(first: 100) 30×', aliased(30, () => 'products(first: 100) { edges { node { id } } }'), undefined],
    ['three different full pages', aliased(3, (i) => `products(first: 100, search: "${i}") { totalCount }`), undefined],
    ['full pages through fragments and inline fragments',
      '{ ...P ... on Query { b: products(first: 100, search: "b") { totalCount } } c: products(first: 100, search: "c") { totalCount } } fragment P on Query { products(first: 100) { totalCount } }', undefined],
    ['pages from the schema default (20) and variables', `query($s: String) { ${Array.from({ length: 11 }, (_, i) => `p${i}: products(search: "${i}") { totalCount }`).join(' ')} x: products(search: $s) { totalCount } }`, { s: 'x' }],
  ])('rejects %s with 400 QUERY_TOO_COMPLEX before any service call', async (_name, query, variables) => {
    const { status, body, calls } = await send(query, variables);
    expect(status, JSON.stringify(body)).toBe(400);
    expect(body.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    expect(calls).toEqual([]);
  });

  it.each([
    ['literal 1000', '{ products(first: 1000) { totalCount } }', undefined],
    ['variable 1000', 'query($n: Int) { products(first: $n) { totalCount } }', { n: 1000 }],
    ['negative', '{ products(first: -1) { totalCount } }', undefined],
    ['1000 among aliases', '{ a: products(first: 1000) { totalCount } b: categories { id } }', undefined],
  ])('answers an out-of-range first (%s) with BAD_USER_INPUT on first, not QUERY_TOO_COMPLEX', async (_name, query, variables) => {
    const { body, calls } = await send(query, variables);
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(calls).toEqual([]);
  });

  it('types variables that do not coerce as BAD_USER_INPUT', async () => {
    const query = 'query($n: Int!) { products(first: $n) { totalCount } }';
    for (const variables of [{ n: 'x' }, {}]) {
      const { body, calls } = await send(query, variables);
      expect(body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
      expect(calls).toEqual([]);
    }
  });

  it('makes one gRPC call for identical aliased fields', async () => {
    const { body, calls } = await send('{ a: categories { id } b: categories { slug } }');
    expect(body.errors).toBeUndefined();
    expect(calls).toEqual(['listCategories']);
    const pages = await send('{ a: products(first: 100) { totalCount } b: products(first: 100) { edges { node { id } } } }');
    expect(pages.body.errors).toBeUndefined();
    expect(pages.calls).toEqual(['listProducts']);
  });

  it('counts product → category and categories as one ListCategories', async () => {
    const slug = ((await send('{ products(first: 1) { edges { node { slug } } } }')).body.data?.['products'] as Page).edges[0]!.node.slug;
    const { body, calls } = await send(`{ product(slug: "${slug}") { category { id } } categories { id } products(first: 100) { edges { node { category { slug } } } } }`);
    expect(body.errors).toBeUndefined();
    expect([...calls].sort()).toEqual(['getProduct', 'listCategories', 'listProducts']);
  });
});

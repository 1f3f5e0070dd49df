import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

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
    for (const query of [deep, `{ a: ${full} b: ${full} }`]) {
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

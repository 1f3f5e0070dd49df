import { status, type ServiceError } from '@grpc/grpc-js';
import type { ListProductsRequest, ListProductsResponse, Product } from '@shop/contracts/catalog/v1';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProductRows } from '../db/seed/seed.js';
import { startCatalogHarness, type CatalogHarness } from '../testing/catalog-harness.js';

let h: CatalogHarness;
beforeAll(async () => {
  h = await startCatalogHarness();
});
afterAll(async () => {
  await h?.close();
});

const seeded = seedProductRows();
const list = (request: Partial<ListProductsRequest>): Promise<ListProductsResponse> =>
  h.call(h.client.listProducts, { pageSize: 20, pageToken: '', category: '', query: '', ...request });

async function listAll(request: Partial<ListProductsRequest>): Promise<Product[]> {
  const all: Product[] = [];
  let pageToken = '';
  do {
    const page = await list({ ...request, pageToken });
    all.push(...page.products);
    pageToken = page.nextPageToken;
  } while (pageToken !== '');
  return all;
}

async function expectInvalid(request: Partial<ListProductsRequest>, field: string): Promise<void> {
  const error = (await list(request).catch((e: unknown) => e)) as ServiceError;
  expect(error.code).toBe(status.INVALID_ARGUMENT);
  expect(error.metadata.get('field')).toEqual([field]);
}

describe('ListProducts over gRPC', () => {
  it('walks every product exactly once, newest first, with a stable total', async () => {
    const pages: ListProductsResponse[] = [];
    let pageToken = '';
    do {
      const page = await list({ pageSize: 7, pageToken });
      pages.push(page);
      pageToken = page.nextPageToken;
    } while (pageToken !== '');
    const ids = pages.flatMap((p) => p.products.map((x) => x.id));
    expect(ids).toHaveLength(seeded.length);
    expect(new Set(ids).size).toBe(seeded.length);
    expect(pages.every((p) => p.totalCount === seeded.length)).toBe(true);
    const created = pages.flatMap((p) => p.products.map((x) => x.createdAt));
    expect([...created].sort().reverse()).toEqual(created);
    expect(pages.at(-1)?.products.length).toBe(seeded.length % 7 || 7);
  });

  it('maps every field of a product', async () => {
    const [newest] = (await list({ pageSize: 1 })).products;
    const expected = seeded.at(-1)!;
    expect(newest).toMatchObject({
      slug: expected.slug,
      name: expected.name,
      price: { amountMinor: expected.priceAmountMinor, currency: 'USD' },
      categorySlug: expected.categorySlug,
      imagePath: `/images/products/${expected.slug}.svg`,
      stock: expected.stock,
      createdAt: expected.createdAt.replace('.000Z', 'Z'),
    });
    expect(newest?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('filters by category across pages; an unknown category is an empty list', async () => {
    const books = await listAll({ category: 'books', pageSize: 4 });
    const expected = seeded.filter((p) => p.categorySlug === 'books').map((p) => p.slug);
    expect(books.map((p) => p.slug).sort()).toEqual(expected.sort());
    expect((await list({ category: 'books', pageSize: 4 })).totalCount).toBe(expected.length);
    expect(await list({ category: 'no-such-category' })).toEqual({ products: [], nextPageToken: '', totalCount: 0 });
  });

  it('searches name and description case-insensitively', async () => {
    const found = await listAll({ query: 'CAST IRON' });
    expect(found.map((p) => p.slug)).toEqual(['cast-iron-skillet-10']);
    const byDescription = await list({ query: 'mulberry silk' });
    expect(byDescription.products.map((p) => p.slug)).toEqual(['silk-sleep-mask']);
  });

  it('treats %, _, backslashes and quotes literally', async () => {
    const literal = (text: string) =>
      seeded.filter((p) => `${p.name} ${p.description}`.toLowerCase().includes(text)).map((p) => p.slug);
    expect(literal('%')).toEqual(['mechanical-keyboard-75']);
    for (const query of ['%', '_', '\\', "'; drop table products; --", '100%_done', '75%']) {
      const found = await listAll({ query });
      expect(found.map((p) => p.slug).sort()).toEqual(literal(query.toLowerCase()).sort());
    }
    expect((await list({ query: ' ' })).totalCount).toBe(seeded.length);
    expect((await list({})).totalCount).toBe(seeded.length);
  });

  it('rejects bad page sizes, overlong queries and bad category slugs', async () => {
    await expectInvalid({ pageSize: 0 }, 'page_size');
    await expectInvalid({ pageSize: 1000 }, 'page_size');
    await expectInvalid({ query: 'x'.repeat(10_000) }, 'query');
    await expectInvalid({ category: 'Bad Slug!' }, 'category');
  });

  it('rejects garbage tokens and tokens reused with other filters', async () => {
    await expectInvalid({ pageToken: 'garbage!!' }, 'page_token');
    await expectInvalid({ pageToken: Buffer.from('{"c":1}').toString('base64url') }, 'page_token');
    const first = await list({ pageSize: 2, category: 'books' });
    expect(first.nextPageToken).not.toBe('');
    await expectInvalid({ pageSize: 2, category: 'outdoors', pageToken: first.nextPageToken }, 'page_token');
    await expectInvalid({ pageSize: 2, category: 'books', query: 'a', pageToken: first.nextPageToken }, 'page_token');
    const second = await list({ pageSize: 5, category: 'books', pageToken: first.nextPageToken });
    expect(second.products[0]?.id).not.toBe(first.products[0]?.id);
  });

  it('rejects well-formed tokens with impossible values (PostgreSQL would refuse them) as page_token', async () => {
    const { nextPageToken } = await list({ pageSize: 2 });
    const body = JSON.parse(Buffer.from(nextPageToken, 'base64url').toString()) as { c: string; i: string; f: string };
    for (const c of ['2026-13-45 25:61:61+00', '2026-02-30 00:00:00+00', '0000-01-01 00:00:00+00', '2026-01-01 00:00:00+99']) {
      await expectInvalid({ pageSize: 2, pageToken: Buffer.from(JSON.stringify({ ...body, c })).toString('base64url') }, 'page_token');
    }
  });

  it('answers INVALID_ARGUMENT naming the field for a NUL byte in any string field', async () => {
    await expectInvalid({ query: 'cast\u0000iron' }, 'query');
    await expectInvalid({ query: '\u0000' }, 'query');
    await expectInvalid({ category: 'books\u0000' }, 'category');
    await expectInvalid({ pageToken: '\u0000' }, 'page_token');
  });

  it('keeps serving after rejected input', async () => {
    expect((await list({ pageSize: 5 })).products).toHaveLength(5);
  });
});

import { status, type ServiceError } from '@grpc/grpc-js';
import type { GetProductRequest, Product } from '@shop/contracts/catalog/v1';
import { maxSlugLength } from '@shop/contracts/limits/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCategories } from '../db/seed/seed-data.js';
import { seedProductRows } from '../db/seed/seed.js';
import { startCatalogHarness, type CatalogHarness } from '../testing/catalog-harness.js';

let h: CatalogHarness;
let firstThree: Product[];
beforeAll(async () => {
  h = await startCatalogHarness();
  firstThree = (await h.call(h.client.listProducts, { pageSize: 3, pageToken: '', category: '', query: '' })).products;
});
afterAll(async () => {
  await h?.close();
});

const get = (key: GetProductRequest['key']) => h.call(h.client.getProduct, { key });
const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (e: unknown) => e as ServiceError);

describe('GetProduct', () => {
  it('finds a product by id and by slug', async () => {
    const [one] = firstThree;
    expect((await get({ $case: 'id', value: one!.id })).product).toEqual(one);
    expect((await get({ $case: 'slug', value: one!.slug })).product).toEqual(one);
  });

  it('answers NOT_FOUND with a clear message for an unknown slug or id', async () => {
    const bySlug = await failure(get({ $case: 'slug', value: 'no-such-product' }));
    expect(bySlug?.code).toBe(status.NOT_FOUND);
    expect(bySlug?.details).toBe('product with slug "no-such-product" not found');
    const byId = await failure(get({ $case: 'id', value: '00000000-0000-4000-8000-000000000000' }));
    expect(byId?.code).toBe(status.NOT_FOUND);
  });

  it('rejects a non-UUID id, a malformed slug and a missing key as INVALID_ARGUMENT', async () => {
    const badId = await failure(get({ $case: 'id', value: "1 or 1=1'" }));
    expect(badId?.code).toBe(status.INVALID_ARGUMENT);
    expect(badId?.metadata.get('field')).toEqual(['id']);
    expect((await failure(get({ $case: 'slug', value: 'Not A Slug' })))?.code).toBe(status.INVALID_ARGUMENT);
    expect((await failure(get(undefined)))?.code).toBe(status.INVALID_ARGUMENT);
  });

  it('rejects NUL bytes and overlong slugs with the field named, never INTERNAL', async () => {
    for (const [key, field] of [
      [{ $case: 'slug', value: 'oak-desk\u0000' }, 'slug'],
      [{ $case: 'id', value: '\u0000' }, 'id'],
      [{ $case: 'slug', value: 'a'.repeat(maxSlugLength + 1) }, 'slug'],
    ] as const) {
      const error = await failure(get(key));
      expect(error?.code).toBe(status.INVALID_ARGUMENT);
      expect(error?.metadata.get('field')).toEqual([field]);
    }
    const nulIds = await failure(h.call(h.client.batchGetProducts, { ids: [firstThree[0]!.id, 'x\u0000'] }));
    expect(nulIds?.code).toBe(status.INVALID_ARGUMENT);
    expect(nulIds?.metadata.get('field')).toEqual(['ids']);
  });
});

describe('BatchGetProducts', () => {
  it('returns found products in request order and skips missing ids', async () => {
    const [a, b, c] = firstThree;
    const missing = '00000000-0000-4000-8000-000000000000';
    const { products } = await h.call(h.client.batchGetProducts, { ids: [c!.id, missing, a!.id, b!.id] });
    expect(products.map((p) => p.id)).toEqual([c!.id, a!.id, b!.id]);
    expect(await h.call(h.client.batchGetProducts, { ids: [] })).toEqual({ products: [] });
  });

  it('rejects more than 100 ids and non-UUIDs', async () => {
    const tooMany = Array.from({ length: 101 }, () => firstThree[0]!.id);
    const error = await failure(h.call(h.client.batchGetProducts, { ids: tooMany }));
    expect(error?.code).toBe(status.INVALID_ARGUMENT);
    expect(error?.metadata.get('field')).toEqual(['ids']);
    const bad = await failure(h.call(h.client.batchGetProducts, { ids: [firstThree[0]!.id, 'nope'] }));
    expect(bad?.code).toBe(status.INVALID_ARGUMENT);
  });
});

describe('ListCategories', () => {
  it('lists every seeded category with its product count, by name', async () => {
    const { categories } = await h.call(h.client.listCategories, {});
    const rows = seedProductRows();
    const expected = seedCategories
      .map((c) => ({ slug: c.slug, name: c.name, productCount: rows.filter((r) => r.categorySlug === c.slug).length }))
      .sort((x, y) => x.name.localeCompare(y.name));
    expect(categories.map(({ slug, name, productCount }) => ({ slug, name, productCount }))).toEqual(expected);
  });
});

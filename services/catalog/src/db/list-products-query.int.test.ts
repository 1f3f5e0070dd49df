import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import { connectDatabase, runMigrations, type CallContext, type DatabaseConnection } from '@shop/services-platform';
import { createTestDatabase, type TestDatabase } from '@shop/services-platform/testing';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodePageToken } from '@shop/services-platform';
import { listProductsHandler } from '../handlers/list-products.js';
import { referenceListProducts } from '../testing/list-products-reference.js';
import { catalogMigrationsFolder, schema } from './client.js';
import { createListProductsQuery } from './list-products-query.js';
import { seedCatalog } from './seed/seed.js';

let database: TestDatabase;
let connection: DatabaseConnection<typeof schema>;
let fast: (request: ListProductsRequest) => Promise<ListProductsResponse>;
let reference: (request: ListProductsRequest) => Promise<ListProductsResponse>;

beforeAll(async () => {
  database = await createTestDatabase('catalog');
  connection = await connectDatabase({ url: database.serverUrl, database: database.name, schema });
  await runMigrations(connection.db, catalogMigrationsFolder);
  await seedCatalog(connection.db);
  // Edge rows: ties on created_at (order falls to id), microseconds, a price beyond 2^31.
  const [books] = await connection.db.select().from(schema.categories).where(eq(schema.categories.slug, 'books'));
  await connection.db.insert(schema.products).values(
    ['tie-a', 'tie-b', 'tie-c', 'micro-1', 'pricey'].map((slug, i) => ({
      slug,
      name: `Edge ${slug} 100% _literal_`,
      description: i % 2 ? 'Has a backslash \\ and a quote \'' : 'plain',
      priceAmountMinor: slug === 'pricey' ? 9_007_199_254_740 : 100 + i,
      currency: 'EUR',
      categoryId: books!.id,
      imagePath: `/images/products/${slug}.svg`,
      stock: i,
      createdAt: slug.startsWith('tie') ? '2026-03-01 10:00:00+00' : `2026-02-01 10:00:00.12345${i}+00`,
    })),
  );
  const handler = listProductsHandler(createListProductsQuery(connection.sql));
  fast = (request) => handler(request, {} as CallContext);
  reference = referenceListProducts(connection.db);
});
afterAll(async () => {
  await connection?.close();
  await database?.drop();
});

const shapes: Array<Omit<ListProductsRequest, 'pageToken'>> = [];
for (const pageSize of [1, 3, 20, 100]) {
  for (const category of ['', 'books', 'no-such-category']) {
    for (const query of ['', 'a', '%', '_literal_', 'CAST IRON', "'", '\\', 'zzz-nothing']) {
      shapes.push({ pageSize, category, query });
    }
  }
}

describe('ListProducts raw hot path', () => {
  it('answers exactly as the drizzle implementation did, page by page, for every filter shape', async () => {
    let pages = 0;
    for (const shape of shapes) {
      let pageToken = '';
      do {
        const [ours, theirs] = await Promise.all([fast({ ...shape, pageToken }), reference({ ...shape, pageToken })]);
        expect(ours, JSON.stringify({ ...shape, pageToken })).toEqual(theirs);
        pageToken = ours.nextPageToken;
        pages++;
      } while (pageToken !== '');
    }
    expect(pages).toBeGreaterThan(200);
  });

  it('agrees on a cursor past the end (empty page, total from the count statement)', async () => {
    for (const filter of [{ category: '', query: '' }, { category: 'books', query: 'a' }, { category: '', query: 'edge' }]) {
      const pageToken = encodePageToken({ createdAt: '1970-01-01 00:00:00+00', id: '00000000-0000-4000-8000-000000000000' }, [filter.category, filter.query]);
      const ours = await fast({ ...filter, pageSize: 5, pageToken });
      expect(ours).toEqual(await reference({ ...filter, pageSize: 5, pageToken }));
      expect(ours.products).toEqual([]);
      expect(ours.totalCount).toBeGreaterThan(0);
    }
  });
});

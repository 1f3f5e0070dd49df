// The drizzle ListProducts as it was before the raw hot path (db/list-products-query.ts), kept
// only as the reference the equivalence test compares the fast path with.
import { and, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import { decodePageToken, encodePageToken, type Cursor } from '@shop/services-platform';
import { validateCategoryFilter, validatePageSize, validateQuery } from '../domain/validation.js';
import { containsPattern } from '@shop/services-platform';
import type { CatalogDb } from '../db/client.js';
import { categoryIdBySlug, productCategoryJoin, productColumns, toProduct, type ProductRecord } from '../db/product-row.js';
import { categories, products } from '../db/schema/index.js';

interface ListProductsParams {
  /** Category slug, '' for all. */
  category: string;
  /** Search text, '' for none. */
  query: string;
  cursor: Cursor | undefined;
  /** Rows to fetch (page size + 1 to detect a next page). */
  limit: number;
}

interface ListProductsRows {
  rows: ProductRecord[];
  totalCount: number;
}

interface Shape {
  category: boolean;
  search: boolean;
  cursor: boolean;
}

const p = {
  category: sql.placeholder('category'),
  pattern: sql.placeholder('pattern'),
  cursorCreatedAt: sql.placeholder('cursorCreatedAt'),
  cursorId: sql.placeholder('cursorId'),
  limit: sql.placeholder('limit'),
};

function filterConditions(shape: Shape): SQL[] {
  const conditions: SQL[] = [];
  if (shape.category) conditions.push(eq(products.categoryId, categoryIdBySlug(p.category)));
  if (shape.search) {
    conditions.push(or(ilike(products.name, p.pattern), ilike(products.description, p.pattern)) as SQL);
  }
  return conditions;
}

function prepareCount(db: CatalogDb, shape: Shape, name: string) {
  return db
    .select({ n: count() })
    .from(products)
    .where(and(...filterConditions(shape)))
    .prepare(`${name}_count`);
}

// One statement per filter shape, built and prepared once: the list is the benchmark's hot path,
// and a single `$x is null or …` statement would force PostgreSQL into a poor generic plan.
// The total comes from an uncorrelated subquery (evaluated once), so a page is one round trip.
function prepareList(db: CatalogDb, shape: Shape, name: string) {
  const filters = filterConditions(shape);
  const keyset = shape.cursor
    ? [sql`(${products.createdAt}, ${products.id}) < (${p.cursorCreatedAt}::timestamptz, ${p.cursorId}::uuid)`]
    : [];
  const total = db.select({ n: count() }).from(products).where(and(...filterConditions(shape)));
  return db
    .select({ ...productColumns, totalCount: sql<number>`(${total})`.mapWith(Number) })
    .from(products)
    .innerJoin(categories, productCategoryJoin)
    .where(and(...filters, ...keyset))
    .orderBy(desc(products.createdAt), desc(products.id))
    .limit(p.limit)
    .prepare(name);
}

type Prepared = { list: ReturnType<typeof prepareList>; count: ReturnType<typeof prepareCount> };

function createListProductsQuery(db: CatalogDb): (params: ListProductsParams) => Promise<ListProductsRows> {
  const cache = new Map<string, Prepared>();
  const prepared = (shape: Shape): Prepared => {
    const key = `reference_list_products_${Number(shape.category)}${Number(shape.search)}${Number(shape.cursor)}`;
    let entry = cache.get(key);
    if (!entry) {
      entry = { list: prepareList(db, shape, key), count: prepareCount(db, shape, key) };
      cache.set(key, entry);
    }
    return entry;
  };

  return async ({ category, query, cursor, limit }) => {
    const shape = { category: category !== '', search: query !== '', cursor: cursor !== undefined };
    const values = {
      category,
      pattern: containsPattern(query),
      cursorCreatedAt: cursor?.createdAt,
      cursorId: cursor?.id,
      limit,
    };
    const { list, count: countQuery } = prepared(shape);
    const rows = await list.execute(values);
    const first = rows[0];
    if (first) return { rows, totalCount: first.totalCount };
    // An empty page has no row to carry the total; only past-the-end cursors need a second trip.
    if (!shape.cursor) return { rows, totalCount: 0 };
    const [counted] = await countQuery.execute(values);
    return { rows, totalCount: counted?.n ?? 0 };
  };
}

/** The previous ListProducts handler (validation, drizzle query, row mapping) for one database. */
export function referenceListProducts(db: CatalogDb): (request: ListProductsRequest) => Promise<ListProductsResponse> {
  const listProducts = createListProductsQuery(db);
  return async (request) => {
    const pageSize = validatePageSize(request.pageSize);
    const filter = { category: validateCategoryFilter(request.category), query: validateQuery(request.query) };
    const cursor = decodePageToken(request.pageToken, [filter.category, filter.query]);
    const { rows, totalCount } = await listProducts({ ...filter, cursor, limit: pageSize + 1 });
    const page = rows.slice(0, pageSize);
    const last = page[page.length - 1];
    const nextPageToken =
      rows.length > pageSize && last ? encodePageToken({ createdAt: last.createdAt, id: last.id }, [filter.category, filter.query]) : '';
    return { products: page.map(toProduct), nextPageToken, totalCount };
  };
}

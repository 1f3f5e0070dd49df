import { asc, count, eq, sql } from 'drizzle-orm';
import type { CatalogDb } from './client.js';
import { productCategoryJoin, productColumns, type ProductRecord } from './product-row.js';
import { categories, products } from './schema/index.js';

export interface CategoryRecord {
  id: string;
  slug: string;
  name: string;
  productCount: number;
}

export interface CatalogQueries {
  productById(id: string): Promise<ProductRecord | undefined>;
  productBySlug(slug: string): Promise<ProductRecord | undefined>;
  /** Products with these ids, in no particular order (one statement whatever the count). */
  productsByIds(ids: readonly string[]): Promise<ProductRecord[]>;
  /** Every category with its product count, by name. */
  categoriesWithCounts(): Promise<CategoryRecord[]>;
}

/** Prepares the catalog's lookup statements once for a database. */
export function createCatalogQueries(db: CatalogDb): CatalogQueries {
  const base = () => db.select(productColumns).from(products).innerJoin(categories, productCategoryJoin);
  const byId = base()
    .where(eq(products.id, sql.placeholder('id')))
    .prepare('product_by_id');
  const bySlug = base()
    .where(eq(products.slug, sql.placeholder('slug')))
    .prepare('product_by_slug');
  // One array parameter (not `in ($1…$n)`) so every batch size shares one prepared statement.
  const byIds = base()
    .where(sql`${products.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare('products_by_ids');
  const categoryList = db
    .select({
      id: categories.id,
      slug: categories.slug,
      name: categories.name,
      productCount: count(products.id),
    })
    .from(categories)
    .leftJoin(products, productCategoryJoin)
    .groupBy(categories.id)
    .orderBy(asc(categories.name))
    .prepare('categories_with_counts');

  return {
    productById: async (id) => (await byId.execute({ id }))[0],
    productBySlug: async (slug) => (await bySlug.execute({ slug }))[0],
    productsByIds: async (ids) =>
      ids.length === 0 ? [] : byIds.execute({ ids: `{${ids.join(',')}}` }),
    categoriesWithCounts: () => categoryList.execute(),
  };
}

import { eq, sql } from 'drizzle-orm';
import type { Product } from '@shop/contracts/catalog/v1';
import { toRfc3339 } from '@shop/services-platform';
import { categories, products } from './schema/index.js';

/** Columns selected for a wire Product (category slug joined in). */
export const productColumns = {
  id: products.id,
  slug: products.slug,
  name: products.name,
  description: products.description,
  priceAmountMinor: products.priceAmountMinor,
  currency: products.currency,
  categoryId: products.categoryId,
  categorySlug: categories.slug,
  imagePath: products.imagePath,
  stock: products.stock,
  createdAt: products.createdAt,
};

/** Join condition products → categories. */
export const productCategoryJoin = eq(products.categoryId, categories.id);

/** `products.category_id` of the category with this slug (no row → matches nothing). */
export function categoryIdBySlug(slug: unknown) {
  return sql`(select ${categories.id} from ${categories} where ${categories.slug} = ${slug})`;
}

export interface ProductRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  priceAmountMinor: number;
  currency: string;
  categoryId: string;
  categorySlug: string;
  imagePath: string;
  stock: number;
  createdAt: string;
}

/** Maps a selected row to the wire Product. */
export function toProduct(row: ProductRecord): Product {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    price: { amountMinor: row.priceAmountMinor, currency: row.currency },
    categoryId: row.categoryId,
    categorySlug: row.categorySlug,
    imagePath: row.imagePath,
    stock: row.stock,
    createdAt: toRfc3339(row.createdAt),
  };
}

import { sql } from 'drizzle-orm';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { categories, products } from '../schema/index.js';
import { seedCategories } from './seed-data.js';

// Spread created_at one hour apart from a fixed instant so "newest first" is deterministic.
const seedEpoch = Date.UTC(2026, 0, 1, 9, 0, 0);
const hourMs = 3_600_000;

/** Lowercase kebab-case slug of a product name ("Chef Knife 8\"" → "chef-knife-8"). */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/['"’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The seed's product rows, before category ids are known. */
export function seedProductRows(): Array<{
  categorySlug: string;
  slug: string;
  name: string;
  description: string;
  priceAmountMinor: number;
  stock: number;
  createdAt: string;
}> {
  let index = 0;
  return seedCategories.flatMap((category) =>
    category.products.map(([name, description, priceAmountMinor, stock]) => {
      const slug = slugify(name);
      const createdAt = new Date(seedEpoch + index++ * hourMs).toISOString();
      return { categorySlug: category.slug, slug, name, description, priceAmountMinor, stock, createdAt };
    }),
  );
}

/**
 * Idempotently seeds the demo catalog (upserts by slug). Existing stock is left alone so a
 * restart does not undo sales; descriptive fields are refreshed.
 */
export async function seedCatalog(db: PostgresJsDatabase<Record<string, unknown>>): Promise<{ categories: number; products: number }> {
  const rows = seedProductRows();
  return db.transaction(async (tx) => {
    const savedCategories = await tx
      .insert(categories)
      .values(seedCategories.map(({ slug, name }) => ({ slug, name })))
      .onConflictDoUpdate({ target: categories.slug, set: { name: sql`excluded.name` } })
      .returning({ id: categories.id, slug: categories.slug });
    const categoryIds = new Map(savedCategories.map((c) => [c.slug, c.id]));
    await tx
      .insert(products)
      .values(
        rows.map(({ categorySlug, ...row }) => ({
          ...row,
          currency: 'USD',
          categoryId: categoryIds.get(categorySlug) ?? '',
          imagePath: `/images/products/${row.slug}.svg`,
        })),
      )
      .onConflictDoUpdate({
        target: products.slug,
        set: {
          name: sql`excluded.name`,
          description: sql`excluded.description`,
          priceAmountMinor: sql`excluded.price_amount_minor`,
          currency: sql`excluded.currency`,
          categoryId: sql`excluded.category_id`,
          imagePath: sql`excluded.image_path`,
          createdAt: sql`excluded.created_at`,
        },
      });
    return { categories: savedCategories.length, products: rows.length };
  });
}

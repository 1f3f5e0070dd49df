import { describe, expect, it } from 'vitest';
import { seedCategories } from './seed-data.js';
import { seedProductRows, slugify } from './seed.js';

describe('seed data', () => {
  const rows = seedProductRows();

  it('has at least 6 categories and 60 products with unique slugs', () => {
    expect(seedCategories.length).toBeGreaterThanOrEqual(6);
    expect(rows.length).toBeGreaterThanOrEqual(60);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    expect(new Set(seedCategories.map((c) => c.slug)).size).toBe(seedCategories.length);
  });

  it('has integer prices, varied stock and at least 5 products out of stock', () => {
    expect(rows.every((r) => Number.isInteger(r.priceAmountMinor) && r.priceAmountMinor > 0)).toBe(true);
    expect(rows.filter((r) => r.stock === 0).length).toBeGreaterThanOrEqual(5);
    expect(new Set(rows.map((r) => r.stock)).size).toBeGreaterThan(20);
  });

  it('spreads created_at so newest-first order is total', () => {
    expect(new Set(rows.map((r) => r.createdAt)).size).toBe(rows.length);
  });

  it('slugifies names into lowercase kebab-case', () => {
    expect(slugify('Chef Knife 8"')).toBe('chef-knife-8');
    expect(slugify("Kids' Science Kit")).toBe('kids-science-kit');
    expect(slugify('Toys & Games')).toBe('toys-and-games');
    expect(rows.every((r) => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.slug))).toBe(true);
  });
});

import { maxSlugLength } from '@shop/contracts/limits/catalog';
import { isUuid } from '@shop/services-platform';
import { describe, expect, it } from 'vitest';
import {
  isSlug,
  validateBatchIds,
  validateCategoryFilter,
  validateId,
  validatePageSize,
  validateQuery,
  validateSlug,
} from './validation.js';

const uuid = '5cd1d935-7670-47ca-ad7d-9bcaf290d9c5';

function fieldOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { kind?: string; field?: string }).kind === 'INVALID_ARGUMENT'
      ? (error as { field?: string }).field
      : 'wrong kind';
  }
  return undefined;
}

describe('request validation', () => {
  it('accepts page sizes 1..100 only', () => {
    expect(validatePageSize(1)).toBe(1);
    expect(validatePageSize(100)).toBe(100);
    for (const bad of [0, -1, 101, 1000, 2.5]) expect(fieldOf(() => validatePageSize(bad))).toBe('page_size');
  });

  it('limits queries to 200 characters and trims them', () => {
    expect(validateQuery('  desk  ')).toBe('desk');
    expect(validateQuery('x'.repeat(200))).toHaveLength(200);
    expect(fieldOf(() => validateQuery('x'.repeat(201)))).toBe('query');
    expect(fieldOf(() => validateQuery('x'.repeat(10_000)))).toBe('query');
  });

  it('accepts empty or kebab-case category slugs', () => {
    expect(validateCategoryFilter('')).toBe('');
    expect(validateCategoryFilter('home-kitchen')).toBe('home-kitchen');
    for (const bad of ['Home', 'a b', 'a--b', '-a', "a';--", 'a'.repeat(101)]) {
      expect(fieldOf(() => validateCategoryFilter(bad))).toBe('category');
    }
    expect(isSlug('toys-games')).toBe(true);
  });

  it('requires UUID ids and normalises their case', () => {
    expect(validateId(uuid.toUpperCase())).toBe(uuid);
    expect(isUuid(uuid)).toBe(true);
    for (const bad of ['', '1', `${uuid}x`, "1' or '1'='1"]) expect(fieldOf(() => validateId(bad))).toBe('id');
    expect(fieldOf(() => validateSlug('Not A Slug'))).toBe('slug');
  });

  it('caps batches at 100 UUIDs', () => {
    expect(validateBatchIds(Array(100).fill(uuid))).toHaveLength(100);
    expect(fieldOf(() => validateBatchIds(Array(101).fill(uuid)))).toBe('ids');
    expect(fieldOf(() => validateBatchIds([uuid, 'x']))).toBe('ids');
  });

  it('takes the slug limit from the shared contracts limits (the BFF uses the same constant)', () => {
    expect(isSlug('a'.repeat(maxSlugLength))).toBe(true);
    expect(fieldOf(() => validateSlug('a'.repeat(maxSlugLength + 1)))).toBe('slug');
    expect(fieldOf(() => validateCategoryFilter('a'.repeat(maxSlugLength + 1)))).toBe('category');
  });
});

import { invalidArgument, validateUuid } from '@shop/services-platform';
import { maxBatchSize, maxPageSize, maxSearchLength, maxSlugLength } from '@shop/contracts/limits/catalog';

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a lowercase kebab-case slug of at most `maxSlugLength` characters. */
export function isSlug(value: string): boolean {
  return value.length <= maxSlugLength && slugPattern.test(value);
}

/** page_size must be 1..maxPageSize. */
export function validatePageSize(pageSize: number): number {
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw invalidArgument('page_size', `page_size must be between 1 and ${maxPageSize}`);
  }
  return pageSize;
}

/** Search text: at most maxSearchLength characters; surrounding whitespace ignored; '' means no search. */
export function validateQuery(query: string): string {
  if (query.length > maxSearchLength) {
    throw invalidArgument('query', `query must be at most ${maxSearchLength} characters`);
  }
  return query.trim();
}

/** Category filter: '' (all) or a slug. */
export function validateCategoryFilter(category: string): string {
  if (category !== '' && !isSlug(category)) {
    throw invalidArgument('category', 'category must be a lowercase slug like "home-kitchen"');
  }
  return category;
}

/** A product id must be a UUID. */
export const validateId = validateUuid;

/** A product slug lookup must be a well-formed slug. */
export function validateSlug(slug: string): string {
  if (!isSlug(slug)) throw invalidArgument('slug', 'slug must be a lowercase slug like "oak-desk"');
  return slug;
}

/** Batch lookups: at most maxBatchSize ids, each a UUID. */
export function validateBatchIds(ids: readonly string[]): string[] {
  if (ids.length > maxBatchSize) {
    throw invalidArgument('ids', `at most ${maxBatchSize} ids per batch`);
  }
  return ids.map((id) => validateId(id, 'ids'));
}

import { decodeAfterArg, userInputError, type CursorPosition } from '@shop/bff-platform';
import { maxPageSize, maxSearchLength, maxSlugLength } from '@shop/contracts/limits/catalog';
import type { QueryProductsArgs } from '../gen/resolvers-types.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = maxSlugLength;
const MAX_SEARCH_LENGTH = maxSearchLength;

/** Page sizes `products(first)` accepts (also the service budget's range, resolvers/service-costs.ts). */
export const FIRST_RANGE = { min: 1, max: maxPageSize } as const;

/** Validated arguments of `products`. */
export interface ProductsQuery {
  first: number;
  after: CursorPosition | undefined;
  category: string;
  search: string;
}

/** True for a well-formed slug (lowercase words joined by single hyphens, ≤ maxSlugLength chars). */
export function isSlug(value: string): boolean {
  return value.length <= MAX_SLUG_LENGTH && SLUG.test(value);
}

/** Validates a product slug at the edge (BAD_USER_INPUT, field `slug`). */
export function validateProductSlug(slug: string): string {
  if (!isSlug(slug)) throw userInputError('slug must be lowercase letters, digits and hyphens.', 'slug');
  return slug;
}

/**
 * Validates `products` arguments before any gRPC call: `first` in FIRST_RANGE, `after` a cursor
 * we issued, `category` a slug, `search` at most maxSearchLength characters (trimmed).
 */
export function validateProductsArgs(args: QueryProductsArgs): ProductsQuery {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < FIRST_RANGE.min || first > FIRST_RANGE.max) {
    throw userInputError(`first must be between ${FIRST_RANGE.min} and ${FIRST_RANGE.max}.`, 'first');
  }
  const after = decodeAfterArg(args.after, 'after');
  const category = args.category ?? '';
  if (category !== '' && !isSlug(category)) {
    throw userInputError('category must be a category slug.', 'category');
  }
  const search = (args.search ?? '').trim();
  if (search.length > MAX_SEARCH_LENGTH) {
    throw userInputError(`search must be at most ${MAX_SEARCH_LENGTH} characters.`, 'search');
  }
  return { first, after, category, search };
}

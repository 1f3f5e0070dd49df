import type { ListCategoriesRequest, ListCategoriesResponse } from '@shop/contracts/catalog/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { CatalogQueries } from '../db/product-queries.js';

/** ListCategories: every category with its product count, by name. */
export function listCategoriesHandler(
  queries: CatalogQueries,
): UnaryHandler<ListCategoriesRequest, ListCategoriesResponse> {
  return async () => ({ categories: await queries.categoriesWithCounts() });
}

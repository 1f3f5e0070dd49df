import type { Category } from '@shop/contracts/catalog/v1';
import DataLoader from 'dataloader';
import type { CatalogGateway } from '../grpc/catalog-gateway.js';

/**
 * Category by id for one request: the first batch loads ListCategories once (a handful of
 * rows), so any number of `Product.category` fields cost one call, never N.
 */
export function createCategoryByIdLoader(
  catalog: CatalogGateway,
  requestId: string,
): DataLoader<string, Category | null> {
  let all: Promise<Map<string, Category>> | undefined;
  const load = () =>
    (all ??= catalog
      .listCategories(requestId)
      .then((categories) => new Map(categories.map((category) => [category.id, category]))));
  return new DataLoader(async (ids) => {
    const byId = await load();
    return ids.map((id) => byId.get(id) ?? null);
  });
}

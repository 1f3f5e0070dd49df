import type { BatchGetProductsRequest, BatchGetProductsResponse } from '@shop/contracts/catalog/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { CatalogQueries } from '../db/product-queries.js';
import { toProduct } from '../db/product-row.js';
import { validateBatchIds } from '../domain/validation.js';

/** BatchGetProducts: the products found, in request order (missing ids skipped), one query. */
export function batchGetProductsHandler(
  queries: CatalogQueries,
): UnaryHandler<BatchGetProductsRequest, BatchGetProductsResponse> {
  return async (request) => {
    const ids = validateBatchIds(request.ids);
    const rows = await queries.productsByIds([...new Set(ids)]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    const products = ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [toProduct(row)] : [];
    });
    return { products };
  };
}

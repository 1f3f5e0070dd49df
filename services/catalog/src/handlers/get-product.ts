import type { GetProductRequest, GetProductResponse } from '@shop/contracts/catalog/v1';
import { invalidArgument, notFound, type UnaryHandler } from '@shop/services-platform';
import type { CatalogQueries } from '../db/product-queries.js';
import { toProduct } from '../db/product-row.js';
import { validateId, validateSlug } from '../domain/validation.js';

/** GetProduct by id (UUID) or slug; NOT_FOUND names what was looked up. */
export function getProductHandler(queries: CatalogQueries): UnaryHandler<GetProductRequest, GetProductResponse> {
  return async ({ key }) => {
    if (!key) throw invalidArgument('id', 'either id or slug is required');
    const row =
      key.$case === 'id'
        ? await queries.productById(validateId(key.value))
        : await queries.productBySlug(validateSlug(key.value));
    if (!row) throw notFound(`product with ${key.$case} "${key.value}" not found`, key.$case);
    return { product: toProduct(row) };
  };
}

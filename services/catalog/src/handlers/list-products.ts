import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import { decodePageToken, encodePageToken, type UnaryHandler } from '@shop/services-platform';
import type { ListProductsPage, ListProductsParams } from '../db/list-products-query.js';
import { validateCategoryFilter, validatePageSize, validateQuery } from '../domain/validation.js';

/** ListProducts: newest first, keyset pages, total for the filter; unknown category → empty. */
export function listProductsHandler(
  listProducts: (params: ListProductsParams) => Promise<ListProductsPage>,
): UnaryHandler<ListProductsRequest, ListProductsResponse> {
  return async (request) => {
    const pageSize = validatePageSize(request.pageSize);
    const filter = { category: validateCategoryFilter(request.category), query: validateQuery(request.query) };
    // A page token only continues the listing (category, query) it came from.
    const bound = [filter.category, filter.query];
    const cursor = decodePageToken(request.pageToken, bound);
    const { products, next, totalCount } = await listProducts({ ...filter, cursor, pageSize });
    return { products, nextPageToken: next ? encodePageToken(next, bound) : '', totalCount };
  };
}

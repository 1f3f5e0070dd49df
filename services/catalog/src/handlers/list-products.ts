import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { ListProductsPage, ListProductsParams } from '../db/list-products-query.js';
import { decodePageToken, encodePageToken } from '../domain/page-token.js';
import { validateCategoryFilter, validatePageSize, validateQuery } from '../domain/validation.js';

/** ListProducts: newest first, keyset pages, total for the filter; unknown category → empty. */
export function listProductsHandler(
  listProducts: (params: ListProductsParams) => Promise<ListProductsPage>,
): UnaryHandler<ListProductsRequest, ListProductsResponse> {
  return async (request) => {
    const pageSize = validatePageSize(request.pageSize);
    const filter = { category: validateCategoryFilter(request.category), query: validateQuery(request.query) };
    const cursor = decodePageToken(request.pageToken, filter);
    const { products, next, totalCount } = await listProducts({ ...filter, cursor, pageSize });
    return { products, nextPageToken: next ? encodePageToken(next, filter) : '', totalCount };
  };
}

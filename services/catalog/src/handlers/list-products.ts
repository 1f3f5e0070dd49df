import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { ListProductsParams, ListProductsRows } from '../db/list-products-query.js';
import { toProduct } from '../db/product-row.js';
import { decodePageToken, encodePageToken } from '../domain/page-token.js';
import { validateCategoryFilter, validatePageSize, validateQuery } from '../domain/validation.js';

/** ListProducts: newest first, keyset pages, total for the filter; unknown category → empty. */
export function listProductsHandler(
  listProducts: (params: ListProductsParams) => Promise<ListProductsRows>,
): UnaryHandler<ListProductsRequest, ListProductsResponse> {
  return async (request) => {
    const pageSize = validatePageSize(request.pageSize);
    const filter = { category: validateCategoryFilter(request.category), query: validateQuery(request.query) };
    const cursor = decodePageToken(request.pageToken, filter);
    const { rows, totalCount } = await listProducts({ ...filter, cursor, limit: pageSize + 1 });
    const page = rows.slice(0, pageSize);
    const last = page[page.length - 1];
    const nextPageToken =
      rows.length > pageSize && last ? encodePageToken({ createdAt: last.createdAt, id: last.id }, filter) : '';
    return { products: page.map(toProduct), nextPageToken, totalCount };
  };
}

import type { ListProductsResponse } from '@shop/contracts/catalog/v1';
import type { PageInfo } from '../gen/resolvers-types.js';
import type { ProductModel } from './mappers.js';
import { encodeCursor } from '../validation/cursor.js';
import type { CursorPosition } from '../validation/cursor.js';

/** The connection as resolvers return it (nodes are still proto messages). */
export interface ProductConnectionModel {
  edges: Array<{ cursor: string; node: ProductModel }>;
  pageInfo: PageInfo;
  totalCount: number;
}

/** Page size to ask the service for: the skipped head of the page plus `first`, at most 100. */
export function pageSizeFor(first: number, after: CursorPosition | undefined): number {
  return Math.min(100, first + (after?.offset ?? 0));
}

/**
 * Builds the Relay connection for one service page. Items before `after.offset` were already
 * seen and are dropped; the last edge's cursor is the next page's start when the page is used up.
 */
export function toConnection(
  page: ListProductsResponse,
  after: CursorPosition | undefined,
): ProductConnectionModel {
  const token = after?.token ?? '';
  const skip = after?.offset ?? 0;
  const products = skip > 0 ? page.products.slice(skip) : page.products;
  const last = products.length - 1;
  const edges = products.map((node, index) => ({
    cursor:
      index === last && page.nextPageToken
        ? encodeCursor({ token: page.nextPageToken, offset: 0 })
        : encodeCursor({ token, offset: skip + index + 1 }),
    node,
  }));
  return {
    edges,
    totalCount: page.totalCount,
    pageInfo: { hasNextPage: page.nextPageToken !== '', endCursor: edges[last]?.cursor ?? null },
  };
}

// Relay connections over a service's token-paged lists (see cursor.ts for the cursor scheme).
import { encodeCursor, type CursorPosition } from './cursor.js';

/** One page of a service list, whatever the service calls its items. */
export interface ServicePage<T> {
  items: readonly T[];
  /** '' on the last page. */
  nextPageToken: string;
  totalCount: number;
}

/** Relay PageInfo as the schemas declare it. */
export interface PageInfoModel {
  hasNextPage: boolean;
  endCursor: string | null;
}

/** The connection as resolvers return it (nodes are still service messages). */
export interface ConnectionModel<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** Page size to ask the service for: the skipped head of the page plus `first`, at most `max`. */
export function pageSizeFor(first: number, after: CursorPosition | undefined, max = 100): number {
  return Math.min(max, first + (after?.offset ?? 0));
}

/**
 * Builds the Relay connection for one service page. Items before `after.offset` were already
 * seen and are dropped; the last edge's cursor is the next page's start when the page is used up.
 */
export function toConnection<T>(page: ServicePage<T>, after: CursorPosition | undefined): ConnectionModel<T> {
  const token = after?.token ?? '';
  const skip = after?.offset ?? 0;
  const items = skip > 0 ? page.items.slice(skip) : page.items;
  const last = items.length - 1;
  const edges = items.map((node, index) => ({
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

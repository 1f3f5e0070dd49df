import { shallowRef } from 'vue';
import { GraphQLRequestError, useGraphQLClient } from '@shop/apps-platform';
import { OrdersDocument, type OrdersQuery } from '../gen/graphql';

export type OrderRow = OrdersQuery['orders']['edges'][number]['node'];

const PAGE = 20;

/** The shopper's orders, newest first, one page more at a time (never two loads at once). */
export function useOrderList() {
  const client = useGraphQLClient();
  const rows = shallowRef<OrderRow[]>([]);
  const total = shallowRef<number>();
  const error = shallowRef<GraphQLRequestError>();
  const loading = shallowRef(false);
  let cursor: string | null = null;
  let more = true;

  async function loadMore(): Promise<void> {
    if (loading.value || !more) return;
    loading.value = true;
    try {
      const { orders } = await client.request(OrdersDocument, { first: PAGE, after: cursor });
      rows.value = [...rows.value, ...orders.edges.map((edge) => edge.node)];
      total.value = orders.totalCount;
      cursor = orders.pageInfo.endCursor ?? null;
      more = orders.pageInfo.hasNextPage;
      error.value = undefined;
    } catch (caught) {
      error.value = caught instanceof GraphQLRequestError ? caught : new GraphQLRequestError({ code: 'INTERNAL', message: 'Could not load your orders.' });
    } finally {
      loading.value = false;
    }
  }

  return { rows, total, error, loading, loadMore, hasMore: () => more };
}

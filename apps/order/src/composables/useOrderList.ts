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
  let generation = 0;

  async function loadMore(): Promise<void> {
    if (loading.value || !more) return;
    loading.value = true;
    const mine = generation;
    try {
      const { orders } = await client.request(OrdersDocument, { first: PAGE, after: cursor });
      if (mine !== generation) return;
      rows.value = [...rows.value, ...orders.edges.map((edge) => edge.node)];
      total.value = orders.totalCount;
      cursor = orders.pageInfo.endCursor ?? null;
      more = orders.pageInfo.hasNextPage;
      error.value = undefined;
    } catch (caught) {
      if (mine !== generation) return;
      error.value = caught instanceof GraphQLRequestError ? caught : new GraphQLRequestError({ code: 'INTERNAL', message: 'Could not load your orders.' });
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  /** Another shopper (or none): forget what was loaded; a load in flight is dropped when it lands. */
  function reset(): void {
    generation += 1;
    rows.value = [];
    total.value = undefined;
    error.value = undefined;
    loading.value = false;
    cursor = null;
    more = true;
  }

  return { rows, total, error, loading, loadMore, reset, hasMore: () => more };
}

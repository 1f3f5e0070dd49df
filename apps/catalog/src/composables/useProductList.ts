import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';
import { useGraphQLQuery, type GraphQLQueryState } from '@shop/apps-platform';
import { ProductsDocument, type ProductsQuery } from '../gen/graphql';
import { filtersFromQuery, type CatalogFilters } from './catalog-filters';

/** Products per page. */
export const PAGE_SIZE = 12;

/** The product page the current URL asks for; refetches whenever the URL's filters change. */
export function useProductList(): GraphQLQueryState<ProductsQuery> & { filters: ComputedRef<CatalogFilters> } {
  const route = useRoute();
  const filters = computed(() => filtersFromQuery(route.query));
  const query = useGraphQLQuery(ProductsDocument, () => ({
    first: PAGE_SIZE,
    after: filters.value.after ?? null,
    category: filters.value.category ?? null,
    search: filters.value.q ?? null,
  }));
  return { ...query, filters };
}

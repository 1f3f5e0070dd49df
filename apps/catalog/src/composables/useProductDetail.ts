import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useGraphQLQuery } from '@shop/apps-platform';
import { ProductDocument } from '../gen/graphql';

/** The product named by the `:slug` param, plus whether it does not exist. */
export function useProductDetail() {
  const route = useRoute();
  const slug = computed(() => String(route.params.slug ?? ''));
  const query = useGraphQLQuery(ProductDocument, () => (slug.value ? { slug: slug.value } : undefined));
  // The BFF answers an unknown slug with `product: null` plus a NOT_FOUND error; accept either.
  const notFound = computed(
    () => query.error.value?.code === 'NOT_FOUND' || (query.data.value !== undefined && query.data.value.product === null),
  );
  const product = computed(() => query.data.value?.product ?? undefined);
  return { ...query, slug, notFound, product };
}

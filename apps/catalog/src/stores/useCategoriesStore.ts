import { defineStore } from 'pinia';
import { shallowRef } from 'vue';
import { useGraphQLClient } from '@shop/apps-platform';
import { CategoriesDocument, type CategoriesQuery } from '../gen/graphql';

type Category = CategoriesQuery['categories'][number];

/**
 * Categories for the filter, loaded once per mount and shared by the list page's visits, so
 * going list → product → list does not refetch them. A failure leaves the list usable.
 */
export const useCategoriesStore = defineStore('catalog-categories', () => {
  const client = useGraphQLClient();
  const categories = shallowRef<Category[]>([]);
  const failed = shallowRef(false);
  let loading: Promise<void> | undefined;
  let loaded = false;

  function load(): Promise<void> {
    if (loaded) return Promise.resolve();
    loading ??= client
      .request(CategoriesDocument, {})
      .then((data) => {
        categories.value = data.categories;
        failed.value = false;
        loaded = true;
      })
      .catch(() => {
        failed.value = true;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  }

  /** Display name for a slug, or the slug itself when unknown. */
  function nameOf(slug: string): string {
    return categories.value.find((c) => c.slug === slug)?.name ?? slug;
  }

  return { categories, failed, load, nameOf };
});

import type { RouteRecordRaw } from 'vue-router';
import NotFoundPage from '../pages/NotFoundPage.vue';
import ProductDetailPage from '../pages/ProductDetailPage.vue';
import ProductListPage from '../pages/ProductListPage.vue';

/** Route names used by links; paths are relative to the `/catalog` base. */
export const ROUTE = {
  list: 'catalog-list',
  detail: 'catalog-product',
  notFound: 'catalog-not-found',
} as const;

// Pages are imported eagerly: the app is small, and lazy chunks would add run-time CSS and
// module loads that micro-app's sandbox has to re-resolve against this app's origin.
export const routes: RouteRecordRaw[] = [
  { path: '/', name: ROUTE.list, component: ProductListPage },
  { path: '/p/:slug', name: ROUTE.detail, component: ProductDetailPage },
  { path: '/:pathMatch(.*)*', name: ROUTE.notFound, component: NotFoundPage },
];

// Test helper: the real App, router and store over memory history and a scripted GraphQL client.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Mock } from 'vitest';
import type { App as VueApp } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { provideCartBridge, provideGraphQLClient, provideSession, type CartBridge, type SessionSource } from '@shop/apps-platform';
import { recordingCart, scriptedClient, testSession, type Responder } from '@shop/apps-platform/testing';
import App from '../App.vue';
import type { ProductCardFragment, ProductsQuery } from '../gen/graphql';
import { createCatalogRouter } from '../router';

export { fail, type Responder } from '@shop/apps-platform/testing';

/** Mounts the catalog at `path` (relative to /catalog); returns the wrapper, router and request spy. */
export async function mountCatalog(
  path: string,
  respond: Responder,
  session: SessionSource = testSession(),
  cart: CartBridge = recordingCart(),
): Promise<{ wrapper: VueWrapper; router: Router; request: Mock }> {
  const { client, request } = scriptedClient(respond);
  const router = createCatalogRouter(createMemoryHistory('/catalog'));
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [router, createPinia(), { install: (app: VueApp) => (provideGraphQLClient(app, client), provideSession(app, session), provideCartBridge(app, cart)) }],
    },
  });
  await flushPromises();
  return { wrapper, router, request };
}

/** A product card as the BFF would send it. */
export function product(n: number, overrides: Partial<ProductCardFragment> = {}): ProductCardFragment {
  return {
    id: `p${n}`,
    slug: `product-${n}`,
    name: `Product ${n}`,
    imageUrl: `http://localhost:4002/images/product-${n}.svg`,
    inStock: true,
    price: { amountMinor: 1250 * n, currency: 'USD', formatted: `$${(12.5 * n).toFixed(2)}` },
    ...overrides,
  };
}

/** A `products` page answer. */
export function productsPage(nodes: ProductCardFragment[], totalCount: number, endCursor: string | null, hasNextPage: boolean): ProductsQuery {
  return {
    products: {
      totalCount,
      edges: nodes.map((node, i) => ({ cursor: `c${i}`, node })),
      pageInfo: { hasNextPage, endCursor },
    },
  };
}

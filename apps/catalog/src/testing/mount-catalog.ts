// Test helper: the real App, router and store over memory history and a scripted GraphQL client.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { vi, type Mock } from 'vitest';
import type { App as VueApp } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { GraphQLRequestError, provideGraphQLClient, type GraphQLClient } from '@shop/apps-platform';
import App from '../App.vue';
import type { ProductCardFragment, ProductsQuery } from '../gen/graphql';
import { createCatalogRouter } from '../router';

/** Answers one operation (by name) with data, or throws a GraphQLRequestError. */
export type Responder = (operation: string, variables: Record<string, unknown>) => unknown;

/** Mounts the catalog at `path` (relative to /catalog); returns the wrapper, router and request spy. */
export async function mountCatalog(path: string, respond: Responder): Promise<{ wrapper: VueWrapper; router: Router; request: Mock }> {
  const request = vi.fn(async (document: TypedDocumentNode<unknown, Record<string, unknown>>, variables: Record<string, unknown>) => {
    const definition = document.definitions.find((d) => d.kind === 'OperationDefinition');
    return respond(definition?.name?.value ?? '', variables);
  });
  const client = { request } as unknown as GraphQLClient;
  const router = createCatalogRouter(createMemoryHistory('/catalog'));
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [router, createPinia(), { install: (app: VueApp) => provideGraphQLClient(app, client) }],
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

/** Throws like the client does for a BFF error. */
export function fail(code: GraphQLRequestError['code'], message: string): never {
  throw new GraphQLRequestError({ code, message });
}


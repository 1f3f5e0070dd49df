import { createRequestMemo } from '@shop/bff-platform';
import type { CatalogGateway } from './catalog-gateway.js';

/**
 * The catalog gateway as one request sees it: identical calls (same method, same request)
 * are made once and shared, so two aliased `categories` fields, or `categories` plus any
 * number of `Product.category`, cost one ListCategories. The service budget counts calls the
 * same way (resolvers/service-costs.ts).
 */
export function requestScopedCatalog(gateway: CatalogGateway): CatalogGateway {
  const memo = createRequestMemo();
  return {
    listProducts: (request, requestId) =>
      memo.once(
        `ListProducts\0${request.pageSize}\0${request.pageToken}\0${request.category}\0${request.query}`,
        () => gateway.listProducts(request, requestId),
      ),
    getProductBySlug: (slug, requestId) => memo.once(`GetProduct\0${slug}`, () => gateway.getProductBySlug(slug, requestId)),
    // The productById DataLoader already batches and deduplicates these.
    batchGetProducts: (ids, requestId) => gateway.batchGetProducts(ids, requestId),
    listCategories: (requestId) => memo.once('ListCategories', () => gateway.listCategories(requestId)),
    ready: () => gateway.ready(),
    close: () => gateway.close(),
    forCaller: (token) => requestScopedCatalog(gateway.forCaller(token)),
  };
}

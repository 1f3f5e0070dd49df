import { createLogger } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { categoryMessage, productMessage, stubCatalogClient } from '../testing/stub-catalog-client.js';
import { catalogGatewayFor } from './catalog-gateway.js';
import { requestScopedCatalog } from './request-scoped-catalog.js';

const logger = createLogger('test', 'silent');

describe('requestScopedCatalog', () => {
  it('makes identical calls once per request and different ones each', async () => {
    const { client, calls } = stubCatalogClient({
      listCategories: () => ({ response: { categories: [categoryMessage('c1')] } }),
      listProducts: () => ({ response: { products: [productMessage()], nextPageToken: '', totalCount: 1 } }),
      getProduct: () => ({ response: { product: productMessage() } }),
    });
    const gateway = catalogGatewayFor(client, logger);
    const catalog = requestScopedCatalog(gateway);
    const page = { pageSize: 5, pageToken: '', category: '', query: '' };
    await Promise.all([
      catalog.listCategories('req-12345678'),
      catalog.listCategories('req-12345678'),
      catalog.listProducts(page, 'req-12345678'),
      catalog.listProducts({ ...page }, 'req-12345678'),
      catalog.listProducts({ ...page, pageSize: 6 }, 'req-12345678'),
      catalog.getProductBySlug('a', 'req-12345678'),
      catalog.getProductBySlug('a', 'req-12345678'),
    ]);
    expect(calls.map((c) => c.method).sort()).toEqual(['getProduct', 'listCategories', 'listProducts', 'listProducts']);
    // A new request (new scope) calls again.
    await requestScopedCatalog(gateway).listCategories('req-87654321');
    expect(calls.filter((c) => c.method === 'listCategories')).toHaveLength(2);
  });
});

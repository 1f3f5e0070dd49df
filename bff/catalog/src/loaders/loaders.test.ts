import { createLogger } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { catalogGatewayFor } from '../grpc/catalog-gateway.js';
import { categoryMessage, productMessage, stubCatalogClient } from '../testing/stub-catalog-client.js';
import { createCategoryByIdLoader } from './category-by-id.js';
import { createProductByIdLoader } from './product-by-id.js';

const logger = createLogger('test', 'silent');

describe('DataLoaders', () => {
  it('batches many product look-ups into one BatchGetProducts, in key order', async () => {
    const { client, calls } = stubCatalogClient({
      batchGetProducts: (request) => ({
        response: { products: (request as { ids: string[] }).ids.filter((id) => id !== 'gone').reverse().map((id) => productMessage({ id })) },
      }),
    });
    const loader = createProductByIdLoader(catalogGatewayFor(client, logger), 'req-12345678');
    const ids = ['a', 'b', 'gone', 'c', 'a'];
    const products = await Promise.all(ids.map((id) => loader.load(id)));
    expect(products.map((p) => p?.id ?? null)).toEqual(['a', 'b', null, 'c', 'a']);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.request).toEqual({ ids: ['a', 'b', 'gone', 'c'] });
    expect(calls[0]!.metadata.get('x-request-id')).toEqual(['req-12345678']);
  });

  it('splits more than 100 ids into batches of 100', async () => {
    const { client, calls } = stubCatalogClient({
      batchGetProducts: (request) => ({ response: { products: (request as { ids: string[] }).ids.map((id) => productMessage({ id })) } }),
    });
    const loader = createProductByIdLoader(catalogGatewayFor(client, logger), 'req-12345678');
    await Promise.all(Array.from({ length: 150 }, (_, i) => loader.load(`p${i}`)));
    expect(calls.map((c) => (c.request as { ids: string[] }).ids.length)).toEqual([100, 50]);
  });

  it('resolves any number of categories with one ListCategories call', async () => {
    const { client, calls } = stubCatalogClient({
      listCategories: () => ({ response: { categories: [categoryMessage('c1'), categoryMessage('c2')] } }),
    });
    const loader = createCategoryByIdLoader(catalogGatewayFor(client, logger), 'req-12345678');
    const first = await Promise.all(['c1', 'c2', 'c1', 'nope'].map((id) => loader.load(id)));
    const later = await loader.load('c2');
    expect(first.map((c) => c?.slug ?? null)).toEqual(['cat-c1', 'cat-c2', 'cat-c1', null]);
    expect(later?.id).toBe('c2');
    expect(calls).toHaveLength(1);
  });
});

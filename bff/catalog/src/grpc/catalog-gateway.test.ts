import { status } from '@grpc/grpc-js';
import { createLogger } from '@shop/bff-platform';
import { serviceError } from '@shop/bff-platform/testing';
import { describe, expect, it } from 'vitest';
import { stubCatalogClient } from '../testing/stub-catalog-client.js';
import { catalogGatewayFor } from './catalog-gateway.js';

const logger = createLogger('test', 'silent');
const request = { pageSize: 5, pageToken: 'tok', category: '', query: '' };

describe('catalog gateway', () => {
  it('sets a deadline and the request id on every call', async () => {
    const { client, calls } = stubCatalogClient({ listCategories: () => ({ response: { categories: [] } }) });
    const before = Date.now();
    await catalogGatewayFor(client, logger, 1500).listCategories('req-abcdefgh');
    expect(calls[0]!.metadata.get('x-request-id')).toEqual(['req-abcdefgh']);
    const deadline = calls[0]!.deadline as number;
    expect(deadline).toBeGreaterThanOrEqual(before + 1500);
    expect(deadline).toBeLessThan(before + 1500 + 1000);
  });

  it('renames the service field to the GraphQL argument', async () => {
    const { client } = stubCatalogClient({
      listProducts: () => ({ error: serviceError(status.INVALID_ARGUMENT, 'bad page token', 'page_token') }),
    });
    await expect(catalogGatewayFor(client, logger).listProducts(request, 'r-12345678')).rejects.toMatchObject({
      message: 'bad page token',
      extensions: { code: 'BAD_USER_INPUT', field: 'after' },
    });
  });

  it('retries a read once on UNAVAILABLE, then reports UNAVAILABLE', async () => {
    let attempts = 0;
    const { client } = stubCatalogClient({
      listCategories: () => {
        attempts++;
        return { error: serviceError(status.UNAVAILABLE, 'connect ECONNREFUSED') };
      },
    });
    await expect(catalogGatewayFor(client, logger).listCategories('r-12345678')).rejects.toMatchObject({
      extensions: { code: 'UNAVAILABLE' },
    });
    expect(attempts).toBe(2);
  });

  it('recovers when the retry succeeds', async () => {
    let attempts = 0;
    const { client } = stubCatalogClient({
      listCategories: () =>
        ++attempts === 1 ? { error: serviceError(status.UNAVAILABLE, 'down') } : { response: { categories: [] } },
    });
    await expect(catalogGatewayFor(client, logger).listCategories('r-12345678')).resolves.toEqual([]);
  });

  it('does not retry other failures', async () => {
    let attempts = 0;
    const { client } = stubCatalogClient({
      getProduct: () => {
        attempts++;
        return { error: serviceError(status.NOT_FOUND, 'product not found') };
      },
    });
    await expect(catalogGatewayFor(client, logger).getProductBySlug('x', 'r-12345678')).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
    expect(attempts).toBe(1);
  });
});

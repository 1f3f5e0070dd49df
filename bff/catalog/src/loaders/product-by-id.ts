import type { Product } from '@shop/contracts/catalog/v1';
import DataLoader from 'dataloader';
import type { CatalogGateway } from '../grpc/catalog-gateway.js';

/** Batches product look-ups of one request into BatchGetProducts calls (≤ 100 ids each). */
export function createProductByIdLoader(
  catalog: CatalogGateway,
  requestId: string,
): DataLoader<string, Product | null> {
  return new DataLoader(
    async (ids) => {
      const products = await catalog.batchGetProducts(ids, requestId);
      const byId = new Map(products.map((product) => [product.id, product]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    { maxBatchSize: 100 },
  );
}

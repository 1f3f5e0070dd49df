import { stubGrpcClient, type StubCall, type StubReply } from '@shop/bff-platform/testing';
import { CatalogServiceService, type CatalogServiceClient, type Category, type Product } from '@shop/contracts/catalog/v1';

export type { StubCall };

/** A stub CatalogServiceClient for unit tests: records calls, answers from `replies`. */
export function stubCatalogClient(replies: Partial<Record<string, StubReply>>): {
  client: CatalogServiceClient;
  calls: StubCall[];
} {
  return stubGrpcClient<CatalogServiceClient>(CatalogServiceService, replies);
}

/** A product message with sensible defaults. */
export function productMessage(overrides: Partial<Product> = {}): Product {
  const id = overrides.id ?? 'p1';
  return {
    id,
    slug: `product-${id}`,
    name: `Product ${id}`,
    description: '',
    price: { amountMinor: 1000, currency: 'USD' },
    categoryId: 'c1',
    categorySlug: 'kitchen',
    imagePath: `/images/products/product-${id}.svg`,
    stock: 3,
    createdAt: '2026-01-01T00:00:00Z',
    ...overrides,
  };
}

/** A category message. */
export function categoryMessage(id: string, slug = `cat-${id}`): Category {
  return { id, slug, name: slug, productCount: 1 };
}

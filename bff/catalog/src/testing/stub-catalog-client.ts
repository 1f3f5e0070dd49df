import type { Metadata, ServiceError } from '@grpc/grpc-js';
import type { CatalogServiceClient, Category, Product } from '@shop/contracts/catalog/v1';

/** One recorded call of the stub client. */
export interface StubCall {
  method: string;
  request: unknown;
  metadata: Metadata;
  deadline: unknown;
}

type Reply = (request: unknown) => { error?: ServiceError; response?: unknown };

/** A stub CatalogServiceClient for unit tests: records calls, answers from `replies`. */
export function stubCatalogClient(replies: Partial<Record<string, Reply>>): {
  client: CatalogServiceClient;
  calls: StubCall[];
} {
  const calls: StubCall[] = [];
  const method =
    (name: string) =>
    (request: unknown, metadata: Metadata, options: { deadline?: unknown }, callback: (e: ServiceError | null, r?: unknown) => void) => {
      calls.push({ method: name, request, metadata, deadline: options.deadline });
      const reply = replies[name]?.(request) ?? {};
      setImmediate(() => callback(reply.error ?? null, reply.response));
    };
  const client = {
    listProducts: method('listProducts'),
    getProduct: method('getProduct'),
    batchGetProducts: method('batchGetProducts'),
    listCategories: method('listCategories'),
  };
  return { client: client as unknown as CatalogServiceClient, calls };
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

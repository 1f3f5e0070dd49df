// The catalog as the order service uses it: product lookups for carts and checkout, and the
// stock reservation steps of the saga (each idempotent by order id, called with our service token).
import { credentials, Metadata } from '@grpc/grpc-js';
import { CatalogServiceClient, type Product, type ReservedLine } from '@shop/contracts/catalog/v1';
import type { ServiceCredentials } from '@shop/services-platform/auth';
import { callUnary } from './call.js';

/** What the order service needs from the catalog. */
export interface CatalogGateway {
  /** The products found, by id (unknown ids are absent). */
  products(ids: readonly string[]): Promise<Map<string, Product>>;
  reserve(orderId: string, lines: ReadonlyArray<{ productId: string; quantity: number }>): Promise<ReservedLine[]>;
  release(orderId: string): Promise<void>;
  commit(orderId: string): Promise<void>;
  close(): void;
}

/** A gateway over a gRPC client to `address`; every call has `deadlineMs`. */
export function createCatalogGateway(address: string, auth: ServiceCredentials, deadlineMs: number): CatalogGateway {
  const client = new CatalogServiceClient(address, credentials.createInsecure());
  const service = () => auth.metadata('catalog');
  return {
    async products(ids) {
      if (ids.length === 0) return new Map();
      const { products } = await callUnary(client, client.batchGetProducts, { ids: [...ids] }, new Metadata(), deadlineMs);
      return new Map(products.map((product) => [product.id, product]));
    },
    async reserve(orderId, lines) {
      const response = await callUnary(client, client.reserveStock, { orderId, lines: lines.map(({ productId, quantity }) => ({ productId, quantity })) }, await service(), deadlineMs);
      return response.lines;
    },
    async release(orderId) {
      await callUnary(client, client.releaseStock, { orderId }, await service(), deadlineMs);
    },
    async commit(orderId) {
      await callUnary(client, client.commitReservation, { orderId }, await service(), deadlineMs);
    },
    close: () => client.close(),
  };
}

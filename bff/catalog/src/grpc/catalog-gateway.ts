import type { Client } from '@grpc/grpc-js';
import { closeGrpcClient, connectService, ErrorCode, gatewayCaller, isChannelReady, type Logger } from '@shop/bff-platform';
import {
  CatalogServiceClient,
  type Category,
  type ListProductsRequest,
  type ListProductsResponse,
  type Product,
} from '@shop/contracts/catalog/v1';
import { GraphQLError } from 'graphql';

/** The catalog service as the resolvers see it: promises, GraphQL errors, request ids. */
export interface CatalogGateway {
  listProducts(request: ListProductsRequest, requestId: string): Promise<ListProductsResponse>;
  getProductBySlug(slug: string, requestId: string): Promise<Product>;
  batchGetProducts(ids: readonly string[], requestId: string): Promise<Product[]>;
  listCategories(requestId: string): Promise<Category[]>;
  ready(): Promise<boolean>;
  close(): void;
  /** The gateway whose calls carry the caller's access token (this one when anonymous). */
  forCaller(accessToken: string | undefined): CatalogGateway;
}

// The service names proto fields; the client only knows our GraphQL argument names.
const LIST_FIELD_TO_ARG: Record<string, string> = {
  page_token: 'after',
  pageToken: 'after',
  page_size: 'first',
  pageSize: 'first',
  query: 'search',
  category: 'category',
};

/** Builds the gateway over a generated client (a stub in unit tests); `ready` defaults to the connection state. */
export function catalogGatewayFor(
  client: CatalogServiceClient,
  logger: Logger,
  deadlineMs = 2000,
  ready: () => Promise<boolean> = () => isChannelReady(client as Client),
  accessToken?: string,
): CatalogGateway {
  const caller = gatewayCaller(client, { service: 'catalog', logger, deadlineMs });
  // Every call carries the caller's token (none when anonymous).
  const read: typeof caller.read = (method, request, options) => caller.read(method, request, { ...options, accessToken });
  return {
    forCaller(token) {
      return token ? catalogGatewayFor(client, logger, deadlineMs, ready, token) : this;
    },
    listProducts: (request, requestId) =>
      read('listProducts', request, { requestId, field: (f) => LIST_FIELD_TO_ARG[f] ?? f }),
    getProductBySlug: (slug, requestId) =>
      read('getProduct', { key: { $case: 'slug', value: slug } }, { requestId, field: () => 'slug' }).then((response) => {
        if (!response.product) throw new GraphQLError('Product not found.', { extensions: { code: ErrorCode.NotFound } });
        return response.product;
      }),
    batchGetProducts: (ids, requestId) => read('batchGetProducts', { ids: [...ids] }, { requestId }).then((r) => r.products),
    listCategories: (requestId) => read('listCategories', {}, { requestId }).then((r) => r.categories),
    ready,
    close: () => closeGrpcClient(client as Client),
  };
}

/** The gateway over the shared channel to `address`; ready = the service's gRPC health is SERVING. */
export function createCatalogGateway(address: string, logger: Logger): CatalogGateway {
  const service = connectService(CatalogServiceClient, address, 'shop.catalog.v1.CatalogService');
  return { ...catalogGatewayFor(service.client, logger, 2000, service.ready), close: service.close };
}

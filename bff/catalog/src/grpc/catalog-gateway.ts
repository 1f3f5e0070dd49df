import type { Client } from '@grpc/grpc-js';
import {
  callUnary,
  closeGrpcClient,
  createGrpcClient,
  createHealthCheck,
  ErrorCode,
  isChannelReady,
  toGraphQLError,
  type Logger,
} from '@shop/bff-platform';
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

/** Converts a failed call to THE GraphQL error mapping; logs what gets masked. */
function failure(logger: Logger, method: string, requestId: string, field?: (f: string) => string) {
  return (error: unknown): never => {
    const mapped = toGraphQLError(error);
    const code = mapped.extensions['code'];
    if (code === ErrorCode.Internal || code === ErrorCode.Unavailable) {
      logger.error({ request_id: requestId, err: error, method }, 'catalog call failed');
    }
    const original = mapped.extensions['field'];
    if (field && typeof original === 'string') {
      throw new GraphQLError(mapped.message, { extensions: { ...mapped.extensions, field: field(original) } });
    }
    throw mapped;
  };
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
  const read = (requestId: string) => ({ deadlineMs, requestId, accessToken, retryOnUnavailable: true });
  return {
    forCaller(token) {
      return token ? catalogGatewayFor(client, logger, deadlineMs, ready, token) : this;
    },
    listProducts: (request, requestId) =>
      callUnary(client, 'listProducts', request, read(requestId)).catch(
        failure(logger, 'ListProducts', requestId, (f) => LIST_FIELD_TO_ARG[f] ?? f),
      ),
    getProductBySlug: (slug, requestId) =>
      callUnary(client, 'getProduct', { key: { $case: 'slug', value: slug } }, read(requestId)).then(
        (response) => {
          if (!response.product) throw new GraphQLError('Product not found.', { extensions: { code: ErrorCode.NotFound } });
          return response.product;
        },
        failure(logger, 'GetProduct', requestId, () => 'slug'),
      ),
    batchGetProducts: (ids, requestId) =>
      callUnary(client, 'batchGetProducts', { ids: [...ids] }, read(requestId)).then(
        (response) => response.products,
        failure(logger, 'BatchGetProducts', requestId),
      ),
    listCategories: (requestId) =>
      callUnary(client, 'listCategories', {}, read(requestId)).then(
        (response) => response.categories,
        failure(logger, 'ListCategories', requestId),
      ),
    ready,
    close: () => closeGrpcClient(client as Client),
  };
}

/** The gateway over the shared channel to `address`; ready = the service's gRPC health is SERVING. */
export function createCatalogGateway(address: string, logger: Logger): CatalogGateway {
  const health = createHealthCheck(address, 'shop.catalog.v1.CatalogService');
  const gateway = catalogGatewayFor(createGrpcClient(CatalogServiceClient, address), logger, 2000, () => health.check());
  return {
    ...gateway,
    close() {
      gateway.close();
      health.close();
    },
  };
}

import type { IncomingMessage } from 'node:http';
import type { Category, Product } from '@shop/contracts/catalog/v1';
import { getRequestAuth, guestCartIdOf, type BaseContext } from '@shop/bff-platform';
import type DataLoader from 'dataloader';
import type { CartCall, CartGateway } from './grpc/cart-gateway.js';
import type { CatalogGateway } from './grpc/catalog-gateway.js';
import { requestScopedCatalog } from './grpc/request-scoped-catalog.js';
import { createCategoryByIdLoader } from './loaders/category-by-id.js';
import { createProductByIdLoader } from './loaders/product-by-id.js';

/** Per-request DataLoaders. */
export interface CatalogLoaders {
  productById: DataLoader<string, Product | null>;
  categoryById: DataLoader<string, Category | null>;
}

/** Per-request context of the catalog resolvers. */
export interface CatalogContext extends BaseContext {
  requestId: string;
  /** The catalog for this request: identical calls are made once (created on first use). */
  readonly catalog: CatalogGateway;
  /** Origin that absolute image URLs start with. */
  imageBaseUrl: string;
  /** Created on first use: most requests (product lists) never need them. */
  readonly loaders: CatalogLoaders;
  /** The order service's carts. */
  cart: CartGateway;
  /** Whose cart (throws BAD_USER_INPUT for a malformed X-Cart-Id; read only by cart fields). */
  readonly cartCall: CartCall;
}

/** Builds the context factory the BFF app calls for every request. */
export function catalogContextFactory(catalog: CatalogGateway, publicOrigin: (req: IncomingMessage) => string, cart: CartGateway) {
  return ({ requestId, req }: { requestId: string; req: IncomingMessage }): CatalogContext => {
    let scoped: CatalogGateway | undefined;
    let loaders: CatalogLoaders | undefined;
    return {
      requestId,
      get catalog() {
        return (scoped ??= requestScopedCatalog(catalog.forCaller(getRequestAuth(req).accessToken)));
      },
      imageBaseUrl: publicOrigin(req),
      cart,
      get cartCall(): CartCall {
        return { requestId, accessToken: getRequestAuth(req).accessToken, guestCartId: guestCartIdOf(req) };
      },
      get loaders() {
        // The loaders use the request's catalog: `categories` and `Product.category` share one call.
        return (loaders ??= {
          productById: createProductByIdLoader(this.catalog, requestId),
          categoryById: createCategoryByIdLoader(this.catalog, requestId),
        });
      },
    };
  };
}

import type { CatalogServiceServer } from '@shop/contracts/catalog/v1';
import type { Sql } from 'postgres';
import { unary, type Logger, type UnaryOptions } from '@shop/services-platform';
import { withPermission, type CallerAuth } from '@shop/services-platform/auth';
import type { CatalogDb } from '../db/client.js';
import { createListProductsQuery } from '../db/list-products-query.js';
import { createCatalogQueries } from '../db/product-queries.js';
import { batchGetProductsHandler } from './batch-get-products.js';
import { getProductHandler } from './get-product.js';
import { listCategoriesHandler } from './list-categories.js';
import { listProductsHandler } from './list-products.js';
import { commitReservationHandler, releaseStockHandler, reserveStockHandler } from './stock-reservation.js';

/**
 * The grpc-js implementation of CatalogService over one database (drizzle for lookups, the raw
 * postgres.js client for the ListProducts hot path); every handler does database
 * work, so all run behind `options.gate` when given. The stock-reservation RPCs need the
 * `stock:reserve` permission (the order service's token); the rest are public reads.
 */
export function createCatalogService(
  { db, sql }: { db: CatalogDb; sql: Sql },
  auth: CallerAuth,
  logger: Logger,
  options: UnaryOptions = {},
): CatalogServiceServer {
  const queries = createCatalogQueries(db);
  return {
    listProducts: unary(listProductsHandler(createListProductsQuery(sql)), logger, options),
    getProduct: unary(getProductHandler(queries), logger, options),
    batchGetProducts: unary(batchGetProductsHandler(queries), logger, options),
    listCategories: unary(listCategoriesHandler(queries), logger, options),
    reserveStock: unary(withPermission(auth, 'stock:reserve', reserveStockHandler(sql)), logger, options),
    releaseStock: unary(withPermission(auth, 'stock:reserve', releaseStockHandler(sql)), logger, options),
    commitReservation: unary(withPermission(auth, 'stock:reserve', commitReservationHandler(sql)), logger, options),
  };
}

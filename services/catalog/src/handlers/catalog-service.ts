import type { CatalogServiceServer } from '@shop/contracts/catalog/v1';
import type { Sql } from 'postgres';
import { unary, type Logger, type UnaryOptions } from '@shop/services-platform';
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
 * work, so all run behind `options.gate` when given.
 */
export function createCatalogService(
  { db, sql }: { db: CatalogDb; sql: Sql },
  logger: Logger,
  options: UnaryOptions = {},
): CatalogServiceServer {
  const queries = createCatalogQueries(db);
  return {
    listProducts: unary(listProductsHandler(createListProductsQuery(sql)), logger, options),
    getProduct: unary(getProductHandler(queries), logger, options),
    batchGetProducts: unary(batchGetProductsHandler(queries), logger, options),
    listCategories: unary(listCategoriesHandler(queries), logger, options),
    reserveStock: unary(reserveStockHandler(sql), logger, options),
    releaseStock: unary(releaseStockHandler(sql), logger, options),
    commitReservation: unary(commitReservationHandler(sql), logger, options),
  };
}

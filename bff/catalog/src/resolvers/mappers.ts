import type { Category, Product } from '@shop/contracts/catalog/v1';
import type { Cart } from '@shop/contracts/order/v1';

/** What Product resolvers receive: the gRPC message as ts-proto decodes it. */
export type ProductModel = Product;

/** What Category resolvers receive: the gRPC message as ts-proto decodes it. */
export type CategoryModel = Category;

/** What CartSummary resolvers receive: the order service's cart. */
export type CartSummaryModel = Cart;

import type { ServiceCostDeclaration } from '@shop/bff-platform';
import { FIRST_RANGE } from '../validation/args.js';

/**
 * Rows one ListCategories returns: every category (the shop keeps a few dozen; the seed has
 * 6). Counted once per request however often categories are asked for.
 */
const CATEGORY_ROWS = 50;

/**
 * What each catalog field costs the catalog service (the platform's service budget applies
 * the limits in bff/platform DEFAULT_LIMITS). Keep in step with the resolvers: a field that
 * starts calling a service must be declared here.
 */
export const CATALOG_SERVICE_COSTS: ServiceCostDeclaration = {
  'Query.products': { call: 'catalog.ListProducts', list: { arg: 'first', ...FIRST_RANGE } },
  'Query.product': { call: 'catalog.GetProduct' },
  'Query.categories': { call: 'catalog.ListCategories', rows: CATEGORY_ROWS },
  // categoryById DataLoader: one ListCategories per request, shared with Query.categories.
  'Product.category': { call: 'catalog.ListCategories', batched: true, rows: CATEGORY_ROWS },
  'Query.cartSummary': { call: 'order.GetCart' },
  'Mutation.addToCart': { call: 'order.AddCartItem' },
};

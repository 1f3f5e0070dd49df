/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "fragment CartView on Cart {\n  guestCartId\n  itemCount\n  checkoutReady\n  mergedGuestCart\n  subtotal {\n    amountMinor\n    currency\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    imageUrl\n    quantity\n    stock\n    issues\n    unitPrice {\n      formatted\n    }\n    acceptedUnitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n}\n\nquery Cart {\n  cart {\n    ...CartView\n  }\n}\n\nmutation SetCartItemQuantity($productId: ID!, $quantity: Int!) {\n  setCartItemQuantity(productId: $productId, quantity: $quantity) {\n    ...CartView\n  }\n}\n\nmutation RemoveFromCart($productId: ID!) {\n  removeFromCart(productId: $productId) {\n    ...CartView\n  }\n}\n\nmutation AcceptCartPrices {\n  acceptCartPrices {\n    ...CartView\n  }\n}": typeof types.CartViewFragmentDoc,
    "fragment OrderView on Order {\n  id\n  number\n  status\n  cancelReason\n  outOfStockProductIds\n  version\n  createdAt\n  updatedAt\n  expiresAt\n  cardBrand\n  cardLast4\n  total {\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    quantity\n    unitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n  shippingAddress {\n    fullName\n    line1\n    line2\n    city\n    postalCode\n    country\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    created\n    order {\n      id\n    }\n  }\n}\n\nquery Order($id: ID!) {\n  order(id: $id) {\n    ...OrderView\n  }\n}\n\nsubscription OrderUpdated($id: ID!) {\n  orderUpdated(id: $id) {\n    ...OrderView\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    ...OrderView\n  }\n}\n\nquery Orders($first: Int!, $after: String) {\n  orders(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        number\n        status\n        cancelReason\n        createdAt\n        total {\n          formatted\n        }\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n}": typeof types.OrderViewFragmentDoc,
};
const documents: Documents = {
    "fragment CartView on Cart {\n  guestCartId\n  itemCount\n  checkoutReady\n  mergedGuestCart\n  subtotal {\n    amountMinor\n    currency\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    imageUrl\n    quantity\n    stock\n    issues\n    unitPrice {\n      formatted\n    }\n    acceptedUnitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n}\n\nquery Cart {\n  cart {\n    ...CartView\n  }\n}\n\nmutation SetCartItemQuantity($productId: ID!, $quantity: Int!) {\n  setCartItemQuantity(productId: $productId, quantity: $quantity) {\n    ...CartView\n  }\n}\n\nmutation RemoveFromCart($productId: ID!) {\n  removeFromCart(productId: $productId) {\n    ...CartView\n  }\n}\n\nmutation AcceptCartPrices {\n  acceptCartPrices {\n    ...CartView\n  }\n}": types.CartViewFragmentDoc,
    "fragment OrderView on Order {\n  id\n  number\n  status\n  cancelReason\n  outOfStockProductIds\n  version\n  createdAt\n  updatedAt\n  expiresAt\n  cardBrand\n  cardLast4\n  total {\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    quantity\n    unitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n  shippingAddress {\n    fullName\n    line1\n    line2\n    city\n    postalCode\n    country\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    created\n    order {\n      id\n    }\n  }\n}\n\nquery Order($id: ID!) {\n  order(id: $id) {\n    ...OrderView\n  }\n}\n\nsubscription OrderUpdated($id: ID!) {\n  orderUpdated(id: $id) {\n    ...OrderView\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    ...OrderView\n  }\n}\n\nquery Orders($first: Int!, $after: String) {\n  orders(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        number\n        status\n        cancelReason\n        createdAt\n        total {\n          formatted\n        }\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n}": types.OrderViewFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CartView on Cart {\n  guestCartId\n  itemCount\n  checkoutReady\n  mergedGuestCart\n  subtotal {\n    amountMinor\n    currency\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    imageUrl\n    quantity\n    stock\n    issues\n    unitPrice {\n      formatted\n    }\n    acceptedUnitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n}\n\nquery Cart {\n  cart {\n    ...CartView\n  }\n}\n\nmutation SetCartItemQuantity($productId: ID!, $quantity: Int!) {\n  setCartItemQuantity(productId: $productId, quantity: $quantity) {\n    ...CartView\n  }\n}\n\nmutation RemoveFromCart($productId: ID!) {\n  removeFromCart(productId: $productId) {\n    ...CartView\n  }\n}\n\nmutation AcceptCartPrices {\n  acceptCartPrices {\n    ...CartView\n  }\n}"): (typeof documents)["fragment CartView on Cart {\n  guestCartId\n  itemCount\n  checkoutReady\n  mergedGuestCart\n  subtotal {\n    amountMinor\n    currency\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    imageUrl\n    quantity\n    stock\n    issues\n    unitPrice {\n      formatted\n    }\n    acceptedUnitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n}\n\nquery Cart {\n  cart {\n    ...CartView\n  }\n}\n\nmutation SetCartItemQuantity($productId: ID!, $quantity: Int!) {\n  setCartItemQuantity(productId: $productId, quantity: $quantity) {\n    ...CartView\n  }\n}\n\nmutation RemoveFromCart($productId: ID!) {\n  removeFromCart(productId: $productId) {\n    ...CartView\n  }\n}\n\nmutation AcceptCartPrices {\n  acceptCartPrices {\n    ...CartView\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment OrderView on Order {\n  id\n  number\n  status\n  cancelReason\n  outOfStockProductIds\n  version\n  createdAt\n  updatedAt\n  expiresAt\n  cardBrand\n  cardLast4\n  total {\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    quantity\n    unitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n  shippingAddress {\n    fullName\n    line1\n    line2\n    city\n    postalCode\n    country\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    created\n    order {\n      id\n    }\n  }\n}\n\nquery Order($id: ID!) {\n  order(id: $id) {\n    ...OrderView\n  }\n}\n\nsubscription OrderUpdated($id: ID!) {\n  orderUpdated(id: $id) {\n    ...OrderView\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    ...OrderView\n  }\n}\n\nquery Orders($first: Int!, $after: String) {\n  orders(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        number\n        status\n        cancelReason\n        createdAt\n        total {\n          formatted\n        }\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n}"): (typeof documents)["fragment OrderView on Order {\n  id\n  number\n  status\n  cancelReason\n  outOfStockProductIds\n  version\n  createdAt\n  updatedAt\n  expiresAt\n  cardBrand\n  cardLast4\n  total {\n    formatted\n  }\n  lines {\n    productId\n    productName\n    productSlug\n    quantity\n    unitPrice {\n      formatted\n    }\n    lineTotal {\n      formatted\n    }\n  }\n  shippingAddress {\n    fullName\n    line1\n    line2\n    city\n    postalCode\n    country\n  }\n}\n\nmutation PlaceOrder($input: PlaceOrderInput!) {\n  placeOrder(input: $input) {\n    created\n    order {\n      id\n    }\n  }\n}\n\nquery Order($id: ID!) {\n  order(id: $id) {\n    ...OrderView\n  }\n}\n\nsubscription OrderUpdated($id: ID!) {\n  orderUpdated(id: $id) {\n    ...OrderView\n  }\n}\n\nmutation CancelOrder($id: ID!) {\n  cancelOrder(id: $id) {\n    ...OrderView\n  }\n}\n\nquery Orders($first: Int!, $after: String) {\n  orders(first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      node {\n        id\n        number\n        status\n        cancelReason\n        createdAt\n        total {\n          formatted\n        }\n        lines {\n          quantity\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
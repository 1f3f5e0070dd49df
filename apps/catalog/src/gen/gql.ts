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
    "mutation AddToCart($productId: ID!, $quantity: Int!) {\n  addToCart(productId: $productId, quantity: $quantity) {\n    guestCartId\n    itemCount\n    mergedGuestCart\n  }\n}": typeof types.AddToCartDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    productCount\n  }\n}": typeof types.CategoriesDocument,
    "query Product($slug: String!) {\n  product(slug: $slug) {\n    ...ProductCard\n    description\n    stock\n    category {\n      slug\n      name\n    }\n  }\n}": typeof types.ProductDocument,
    "fragment ProductCard on Product {\n  id\n  slug\n  name\n  imageUrl\n  inStock\n  price {\n    amountMinor\n    currency\n    formatted\n  }\n}\n\nquery Products($first: Int!, $after: String, $category: String, $search: String) {\n  products(first: $first, after: $after, category: $category, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ProductCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ProductCardFragmentDoc,
};
const documents: Documents = {
    "mutation AddToCart($productId: ID!, $quantity: Int!) {\n  addToCart(productId: $productId, quantity: $quantity) {\n    guestCartId\n    itemCount\n    mergedGuestCart\n  }\n}": types.AddToCartDocument,
    "query Categories {\n  categories {\n    id\n    slug\n    name\n    productCount\n  }\n}": types.CategoriesDocument,
    "query Product($slug: String!) {\n  product(slug: $slug) {\n    ...ProductCard\n    description\n    stock\n    category {\n      slug\n      name\n    }\n  }\n}": types.ProductDocument,
    "fragment ProductCard on Product {\n  id\n  slug\n  name\n  imageUrl\n  inStock\n  price {\n    amountMinor\n    currency\n    formatted\n  }\n}\n\nquery Products($first: Int!, $after: String, $category: String, $search: String) {\n  products(first: $first, after: $after, category: $category, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ProductCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ProductCardFragmentDoc,
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
export function graphql(source: "mutation AddToCart($productId: ID!, $quantity: Int!) {\n  addToCart(productId: $productId, quantity: $quantity) {\n    guestCartId\n    itemCount\n    mergedGuestCart\n  }\n}"): (typeof documents)["mutation AddToCart($productId: ID!, $quantity: Int!) {\n  addToCart(productId: $productId, quantity: $quantity) {\n    guestCartId\n    itemCount\n    mergedGuestCart\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Categories {\n  categories {\n    id\n    slug\n    name\n    productCount\n  }\n}"): (typeof documents)["query Categories {\n  categories {\n    id\n    slug\n    name\n    productCount\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Product($slug: String!) {\n  product(slug: $slug) {\n    ...ProductCard\n    description\n    stock\n    category {\n      slug\n      name\n    }\n  }\n}"): (typeof documents)["query Product($slug: String!) {\n  product(slug: $slug) {\n    ...ProductCard\n    description\n    stock\n    category {\n      slug\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProductCard on Product {\n  id\n  slug\n  name\n  imageUrl\n  inStock\n  price {\n    amountMinor\n    currency\n    formatted\n  }\n}\n\nquery Products($first: Int!, $after: String, $category: String, $search: String) {\n  products(first: $first, after: $after, category: $category, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ProductCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["fragment ProductCard on Product {\n  id\n  slug\n  name\n  imageUrl\n  inStock\n  price {\n    amountMinor\n    currency\n    formatted\n  }\n}\n\nquery Products($first: Int!, $after: String, $category: String, $search: String) {\n  products(first: $first, after: $after, category: $category, search: $search) {\n    totalCount\n    edges {\n      cursor\n      node {\n        ...ProductCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
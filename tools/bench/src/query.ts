// The benchmark's request: the catalog sub-app's first page, as the app asks for it.
export const PRODUCTS_QUERY = JSON.stringify({
  query:
    'query Products($first: Int!) { products(first: $first) { totalCount edges { cursor node { id slug name imageUrl inStock price { amountMinor currency formatted } } } pageInfo { hasNextPage endCursor } } }',
  variables: { first: 20 },
});

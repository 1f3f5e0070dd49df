/** The `extensions.code` of a GraphQL error from any copy of graphql (undefined for anything else). */
export function errorCode(error: unknown): unknown {
  return (error as { extensions?: Record<string, unknown> } | null)?.extensions?.['code'];
}

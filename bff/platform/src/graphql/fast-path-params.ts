/** A POST body already parsed from JSON. */
export type JsonBody = unknown;

/** The GraphQL parameters of a request the fast path may serve. */
export interface GraphQLParams {
  query: string;
  variables: Record<string, unknown> | undefined;
  operationName: string | undefined;
}

const ALLOWED_KEYS = new Set(['query', 'variables', 'operationName', 'extensions']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The params when the body is exactly what the fast path serves; else undefined (→ yoga). */
export function toParams(body: JsonBody): GraphQLParams | undefined {
  if (!isPlainObject(body)) return undefined;
  for (const key in body) if (!ALLOWED_KEYS.has(key)) return undefined;
  const { query, variables, operationName, extensions } = body;
  if (typeof query !== 'string' || extensions != null) return undefined;
  if (variables != null && !isPlainObject(variables)) return undefined;
  if (operationName != null && typeof operationName !== 'string') return undefined;
  return {
    query,
    variables: (variables ?? undefined) as Record<string, unknown> | undefined,
    operationName: operationName ?? undefined,
  };
}

// PostgreSQL text cannot hold U+0000: a NUL byte in any string reaching a query is a driver
// error (22021), i.e. INTERNAL. Every request is checked once, before any handler runs.

const snakeCase = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function search(value: unknown, field: string, depth: number): string | undefined {
  if (typeof value === 'string') return value.includes('\0') ? field : undefined;
  if (typeof value !== 'object' || value === null || depth > 8) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = search(item, field, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (ArrayBuffer.isView(value)) return undefined;
  const record = value as Record<string, unknown>;
  // ts-proto oneof: `{ $case: 'slug', value: '…' }` — the wire field is the case's name.
  if (typeof record.$case === 'string' && 'value' in record) {
    return search(record.value, snakeCase(record.$case), depth + 1);
  }
  for (const key of Object.keys(record)) {
    const found = search(record[key], field === '' ? snakeCase(key) : `${field}.${snakeCase(key)}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/**
 * The wire name (snake_case, dotted for nested messages) of the first string field of a decoded
 * request that contains a NUL byte, or undefined when there is none.
 */
export function findNulByteField(request: unknown): string | undefined {
  return search(request, '', 0);
}

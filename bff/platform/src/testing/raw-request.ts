import type { RawAnswer } from './post-graphql.js';

/**
 * Sends a request exactly as given (method, headers, body; no default content type) and
 * returns the raw answer — for the request shapes a browser or attacker can produce.
 */
export async function rawRequest(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: init.method ?? 'POST',
    headers: init.headers ?? {},
    // Bytes, not a string: fetch would otherwise add `text/plain;charset=UTF-8`.
    body: init.body === undefined ? undefined : new TextEncoder().encode(init.body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Response headers as sorted [name, value] pairs, without those that differ by time. */
export function comparableHeaders(headers: Headers): Array<[string, string]> {
  return [...headers].filter(([name]) => name !== 'date').sort(([a], [b]) => a.localeCompare(b));
}

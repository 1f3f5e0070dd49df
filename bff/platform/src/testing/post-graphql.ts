/** A raw HTTP answer: status, headers and the exact body text. */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

/** POSTs `body` (object → JSON, string → as is) to a /graphql URL and returns the raw answer. */
export async function postGraphQL(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

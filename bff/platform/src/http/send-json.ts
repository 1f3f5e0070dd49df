import type { ServerResponse } from 'node:http';

/** Writes a JSON body with an explicit length (no chunked encoding for small answers). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: string,
  contentType = 'application/json; charset=utf-8',
): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

/** Writes a GraphQL-style error response (`{ errors: [{ message, extensions: { code } }] }`). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(res, status, JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

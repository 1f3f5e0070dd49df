import type { IncomingMessage } from 'node:http';

const SAFE_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/**
 * The origin (`http(s)://host[:port]`) the client used, for absolute URLs in responses.
 * A malformed Host header falls back to `fallback`, so nothing odd is reflected.
 */
export function requestOrigin(req: IncomingMessage, fallback = 'http://localhost'): string {
  const host = req.headers.host;
  if (!host || !SAFE_HOST.test(host)) return fallback;
  const forwarded = req.headers['x-forwarded-proto'];
  const proto = forwarded === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

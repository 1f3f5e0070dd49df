// Where absolute URLs in responses (e.g. image links) point. Request headers are client input:
// any client can send `Host: evil.example`. They are used only when the deployment says a
// trusted proxy sets them (TRUST_PROXY=true); otherwise the origin is PUBLIC_URL, or the address
// and port the BFF itself accepted the connection on — never something the client chose.
import type { IncomingMessage } from 'node:http';

const SAFE_HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

/** How a BFF derives its public origin. */
export interface OriginPolicy {
  /** Fixed public origin (PUBLIC_URL); wins over everything else. */
  publicUrl?: string;
  /** Trust `X-Forwarded-Host` / `X-Forwarded-Proto` / `Host` (only behind a proxy that overwrites them). */
  trustProxy?: boolean;
}

/** First value of a possibly repeated, comma-joined header. */
function firstValue(header: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(header) ? header[0] : header;
  return raw?.split(',')[0]?.trim() || undefined;
}

/** The origin of the socket the request arrived on (our own bind address and port). */
export function socketOrigin(req: IncomingMessage): string {
  const address = (req.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:(?=\d+\.)/, '');
  const host = address.includes(':') ? `[${address}]` : address;
  return `http://${host}:${req.socket.localPort ?? 80}`;
}

/** The origin a trusted proxy reports (X-Forwarded-*, else Host); undefined when absent or malformed. */
export function forwardedOrigin(req: IncomingMessage): string | undefined {
  const host = firstValue(req.headers['x-forwarded-host']) ?? firstValue(req.headers.host);
  if (!host || !SAFE_HOST.test(host)) return undefined;
  const proto = firstValue(req.headers['x-forwarded-proto']) === 'https' ? 'https' : 'http';
  return `${proto}://${host}`;
}

/**
 * Returns the function that gives a request's public origin under `policy`: PUBLIC_URL when set,
 * else (TRUST_PROXY only) the forwarded/Host origin, else the socket's own address and port.
 */
export function createOriginResolver(policy: OriginPolicy): (req: IncomingMessage) => string {
  const { publicUrl, trustProxy = false } = policy;
  if (publicUrl) return () => publicUrl;
  if (trustProxy) return (req) => forwardedOrigin(req) ?? socketOrigin(req);
  return socketOrigin;
}

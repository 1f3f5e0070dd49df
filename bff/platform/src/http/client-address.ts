import type { IncomingMessage } from 'node:http';

const IP_LIKE = /^[0-9A-Fa-f.:]{2,45}$/;

/**
 * The address a per-client limit counts against: the socket's peer address, or — only with
 * TRUST_PROXY, behind a proxy that overwrites the header — the first X-Forwarded-For hop.
 * A client-sent X-Forwarded-For is otherwise ignored (it would let anyone pick their bucket).
 */
export function clientAddress(req: IncomingMessage, trustProxy = false): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim();
    if (first && IP_LIKE.test(first)) return first.replace(/^::ffff:(?=\d+\.)/, '');
  }
  return (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:(?=\d+\.)/, '');
}

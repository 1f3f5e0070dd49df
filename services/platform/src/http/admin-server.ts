import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { metricsAuthorized } from './metrics-auth.js';

export interface StartAdminServerOptions {
  port: number;
  /** Interface to bind (default 127.0.0.1: reachable from elsewhere only when configured). */
  host?: string;
  version: string;
  /** When set, /metrics requires `Authorization: Bearer <metricsToken>` (else 401). */
  metricsToken?: string;
  /** Dependencies check for /readyz; a throw counts as not ready. */
  ready: () => Promise<boolean>;
  /** Registry for /metrics; a fresh one with Node default metrics when omitted. */
  registry?: Registry;
}

export interface RunningAdminServer {
  port: number;
  /** The address actually bound (e.g. 127.0.0.1). */
  address: string;
  stop(): Promise<void>;
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(text);
}

async function isReady(ready: () => Promise<boolean>): Promise<boolean> {
  try {
    return await ready();
  } catch {
    return false;
  }
}

/**
 * Starts the operations HTTP server: /healthz (alive), /readyz (dependencies ok), /metrics
 * (bearer token when `metricsToken` is set). Binds loopback unless `host` says otherwise.
 */
export async function startAdminServer(options: StartAdminServerOptions): Promise<RunningAdminServer> {
  const { port, host = '127.0.0.1', version, ready, metricsToken } = options;
  const startedAt = Date.now();
  const registry = options.registry ?? new Registry();
  if (!options.registry) collectDefaultMetrics({ register: registry });

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
    if (path === '/healthz') {
      const uptimeSeconds = Math.floor((Date.now() - startedAt) / 1000);
      return sendJson(res, 200, { status: 'ok', version, uptimeSeconds });
    }
    if (path === '/readyz') {
      const ok = await isReady(ready);
      return sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
    }
    if (path === '/metrics') {
      if (!metricsAuthorized(req.headers.authorization, metricsToken)) {
        res.setHeader('www-authenticate', 'Bearer realm="metrics"');
        return sendJson(res, 401, { error: 'unauthorized' });
      }
      res.writeHead(200, { 'content-type': registry.contentType });
      res.end(await registry.metrics());
      return;
    }
    sendJson(res, 404, { error: 'not found' });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: actualPort, address } = server.address() as AddressInfo;
  let stopping: Promise<void> | undefined;
  return {
    port: actualPort,
    address,
    stop: () =>
      (stopping ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}

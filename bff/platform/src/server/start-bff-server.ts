import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import type { BffEnv } from '../app/bff-env.js';

/** A listening BFF. */
export interface RunningBff {
  port: number;
  url: string;
  /** Stops accepting, lets in-flight requests finish (up to `drainMs`), then closes. */
  stop(): Promise<void>;
}

/** Where to listen. */
export interface ListenOptions {
  port: number;
  host?: string;
  /** Longest wait for in-flight requests on stop (default 5 s). */
  drainMs?: number;
}

/** Starts the hono app on node:http; port 0 picks a free port. */
export async function startBffServer(app: Hono<BffEnv>, options: ListenOptions): Promise<RunningBff> {
  const host = options.host ?? '127.0.0.1';
  const server = createAdaptorServer({ fetch: app.fetch, hostname: host }) as Server;
  // Benchmarks and browsers reuse connections; keep them a bit longer than typical LB idle time.
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // A whole request (≤ 100 KB body) has 30 s: slow-drip clients cannot pin sockets for minutes.
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const urlHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let stopping: Promise<void> | undefined;
  // While draining, every response closes its connection: a keep-alive client cannot keep this
  // instance alive by sending more requests, it reconnects (to another instance) instead.
  server.on('request', (_req, res) => {
    if (stopping && !res.headersSent) res.setHeader('connection', 'close');
  });
  const stop = () =>
    (stopping ??= new Promise<void>((resolve) => {
      const force = setTimeout(() => server.closeAllConnections(), options.drainMs ?? 5000);
      force.unref();
      server.close(() => {
        clearTimeout(force);
        resolve();
      });
      server.closeIdleConnections();
    }));
  return { port, url: `http://${urlHost}:${port}`, stop };
}

import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createStaticApp, type StaticAppOptions } from './static-app.js';

/** Options of `startStaticServer`. */
export interface StaticServerOptions extends StaticAppOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to bind; default all interfaces (IPv4 and IPv6). */
  host?: string;
}

/** A running static server. */
export interface StaticServer {
  port: number;
  /** Base URL without a trailing slash, e.g. `http://localhost:4202`. */
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, closes idle keep-alives. */
  stop(): Promise<void>;
}

const WILDCARD_HOSTS = new Set([undefined, '0.0.0.0', '::', '']);

/** Serves a built Vite `dist/` (SPA fallback, cache headers, optional CORS and JSON endpoints). */
export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const app = createStaticApp(options);
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = WILDCARD_HOSTS.has(options.host) ? 'localhost' : options.host!;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({ port, url: `http://${urlHost}:${port}`, stop: () => stopServer(server) });
    });
  });
}

function stopServer(server: Server): Promise<void> {
  return new Promise((resolveStop, reject) => {
    if (!server.listening) return resolveStop();
    server.close((error) => (error ? reject(error) : resolveStop()));
    server.closeIdleConnections();
  });
}

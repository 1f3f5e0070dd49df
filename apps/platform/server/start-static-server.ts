import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { createStaticApp, type StaticAppOptions } from './static-app.js';

/** Options of `startStaticServer`. */
export interface StaticServerOptions extends StaticAppOptions {
  /** 0 picks a free port. */
  port: number;
  /** Interface to bind; default loopback `127.0.0.1` (`0.0.0.0` or `::` for every interface). */
  host?: string;
}

/** A running static server. */
export interface StaticServer {
  port: number;
  /** The address actually bound, e.g. `127.0.0.1`. */
  host: string;
  /** Base URL without a trailing slash, e.g. `http://localhost:4202` (localhost for the default and wildcard binds). */
  url: string;
  /** Stops accepting connections, lets in-flight requests finish, closes idle keep-alives. */
  stop(): Promise<void>;
}

const DEFAULT_HOST = '127.0.0.1';
// Reported as `localhost`: browsers treat it as a secure context and CORS whitelists name it.
const LOCALHOST_ALIASES = new Set([undefined, '0.0.0.0', '::', '']);

/**
 * Serves a built Vite `dist/` (SPA fallback, cache headers, precompressed variants, security
 * headers, optional CORS and JSON endpoints) on `host` (loopback by default).
 */
export function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const app = createStaticApp(options);
  return new Promise((resolvePromise, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host || DEFAULT_HOST }) as Server;
    server.once('error', reject);
    server.once('listening', () => {
      server.off('error', reject);
      const { port, address } = server.address() as AddressInfo;
      const host = LOCALHOST_ALIASES.has(options.host) ? 'localhost' : options.host!;
      const urlHost = host.includes(':') ? `[${host}]` : host;
      resolvePromise({ port, host: address, url: `http://${urlHost}:${port}`, stop: () => stopServer(server) });
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

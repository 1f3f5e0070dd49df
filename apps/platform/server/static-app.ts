import { join } from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { etag } from 'hono/etag';
import { baselineCsp, serializeCsp } from './csp.js';
import { resolveStaticFile } from './resolve-file.js';
import { securityHeadersMiddleware, type CspSource } from './security-headers.js';
import { readFileResponse } from './serve-file.js';

/** What the static app serves; see `startStaticServer`. */
export interface StaticAppOptions {
  /** A built Vite `dist/` directory. */
  root: string;
  /** Paths answered with a JSON body computed per request (e.g. `/runtime-config.json`). */
  json?: Record<string, () => unknown>;
  /** Send `Access-Control-Allow-Origin: *` (public assets only, never credentials). */
  cors?: boolean;
  /** Content-Security-Policy of every response (default: `baselineCsp()`), or a function called per request. */
  csp?: CspSource;
}

// Vite content-hashes everything under /assets/, so a URL there never changes its bytes.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
// Source maps are built for error reporting, never published (nor their compressed copies).
const SOURCE_MAP = /\.map(\.(br|gz))?$/i;

function isSourceMap(pathname: string): boolean {
  try {
    return SOURCE_MAP.test(decodeURIComponent(pathname));
  } catch {
    return SOURCE_MAP.test(pathname);
  }
}

/**
 * Builds the hono app: files from `root` (precompressed variants negotiated), JSON endpoints, SPA
 * fallback to `index.html`, security headers and ETags on every response, `.map` never served.
 */
export function createStaticApp(options: StaticAppOptions): Hono {
  const app = new Hono();
  const indexFile = join(options.root, 'index.html');

  app.use('*', securityHeadersMiddleware(options.csp ?? serializeCsp(baselineCsp())));
  app.use('*', etag());
  if (options.cors) {
    app.use('*', cors({ origin: '*', allowMethods: ['GET', 'HEAD', 'OPTIONS'] }));
  }

  for (const [path, compute] of Object.entries(options.json ?? {})) {
    app.get(path, (c) => {
      c.header('Cache-Control', NO_CACHE);
      return c.json(compute());
    });
  }

  app.get('*', async (c) => {
    const pathname = c.req.path;
    if (isSourceMap(pathname)) return c.text('Not found', 404);
    const acceptEncoding = c.req.header('Accept-Encoding');
    const file = pathname === '/' ? undefined : await resolveStaticFile(options.root, pathname);
    if (file && !SOURCE_MAP.test(file)) {
      const cacheControl = pathname.startsWith('/assets/') && file !== indexFile ? IMMUTABLE : NO_CACHE;
      const { body, headers } = await readFileResponse(file, acceptEncoding, cacheControl);
      return c.body(new Uint8Array(body), 200, headers);
    }
    // A missing hashed asset must be a 404: answering HTML there breaks module loading silently.
    if (pathname.startsWith('/assets/')) return c.text('Not found', 404);
    try {
      const { body, headers } = await readFileResponse(indexFile, acceptEncoding, NO_CACHE);
      return c.body(new Uint8Array(body), 200, headers);
    } catch {
      return c.text('Not found', 404);
    }
  });

  // Never leak a stack trace to the browser.
  app.onError((error, c) => {
    console.error(JSON.stringify({ level: 'error', msg: 'static server error', err: String(error) }));
    return c.text('Internal server error', 500);
  });

  return app;
}

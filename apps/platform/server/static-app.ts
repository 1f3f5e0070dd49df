import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { contentTypeFor } from './content-type.js';
import { resolveStaticFile } from './resolve-file.js';

/** What the static app serves; see `startStaticServer`. */
export interface StaticAppOptions {
  /** A built Vite `dist/` directory. */
  root: string;
  /** Paths answered with a JSON body computed per request (e.g. `/runtime-config.json`). */
  json?: Record<string, () => unknown>;
  /** Send `Access-Control-Allow-Origin: *` (public assets only, never credentials). */
  cors?: boolean;
}

// Vite content-hashes everything under /assets/, so a URL there never changes its bytes.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';

/** Builds the hono app: files from `root`, JSON endpoints, SPA fallback to `index.html`. */
export function createStaticApp(options: StaticAppOptions): Hono {
  const app = new Hono();
  const indexFile = join(options.root, 'index.html');

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
    const file = pathname === '/' ? undefined : await resolveStaticFile(options.root, pathname);
    if (file) {
      const body = await readFile(file);
      const isIndex = file === indexFile;
      return c.body(body, 200, {
        'Content-Type': contentTypeFor(file),
        'Cache-Control': pathname.startsWith('/assets/') && !isIndex ? IMMUTABLE : NO_CACHE,
      });
    }
    // A missing hashed asset must be a 404: answering HTML there breaks module loading silently.
    if (pathname.startsWith('/assets/')) return c.text('Not found', 404);
    try {
      const html = await readFile(indexFile);
      return c.body(html, 200, { 'Content-Type': contentTypeFor(indexFile), 'Cache-Control': NO_CACHE });
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

import type { BffEnv } from '@shop/bff-platform';
import type { Hono } from 'hono';
import { isSlug } from '../validation/args.js';
import { renderProductSvg } from './product-svg.js';

const MAX_CACHED = 2000;

/**
 * GET /images/products/:file — `<slug>.svg` only (anything else 404, nothing reflected).
 * The image depends on the slug alone, so it is cached forever by clients and here.
 */
export function addProductImageRoute(app: Hono<BffEnv>): void {
  const cache = new Map<string, string>();
  app.get('/images/products/:file', (c) => {
    const file = c.req.param('file');
    const slug = file.endsWith('.svg') ? file.slice(0, -4) : '';
    if (!isSlug(slug)) return c.json({ error: 'not found' }, 404);
    let svg = cache.get(slug);
    if (svg === undefined) {
      svg = renderProductSvg(slug);
      if (cache.size < MAX_CACHED) cache.set(slug, svg);
    }
    return c.body(svg, 200, {
      'content-type': 'image/svg+xml',
      'cache-control': 'public, max-age=86400, immutable',
      'x-content-type-options': 'nosniff',
    });
  });
}

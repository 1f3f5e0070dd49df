import { describeBffEdge, rawRequest } from '@shop/bff-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff } from './app.js';
import { startCatalogStack, type CatalogStack } from './testing/catalog-stack.js';

let stack: CatalogStack;
beforeAll(async () => {
  stack = await startCatalogStack();
});
afterAll(async () => {
  await stack?.stop();
});

describeBffEdge('bff-catalog', (config) => startCatalogBff({ ...config, catalogServiceAddr: stack.catalogAddr, logLevel: 'silent' }), {
  version: '0.1.0',
});

describe('catalog BFF HTTP edge: product images', () => {
  it('serves a deterministic, cacheable SVG per slug and 404s bad slugs', async () => {
    const url = `${stack.bff.url}/images/products/blue-ceramic-mug.svg`;
    const [a, b] = await Promise.all([fetch(url), fetch(url)]);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('image/svg+xml');
    expect(a.headers.get('cache-control')).toBe('public, max-age=86400, immutable');
    const svg = await a.text();
    expect(svg).toBe(await b.text());
    expect(svg).toContain('Blue Ceramic Mug');
    for (const bad of ['%3Cscript%3E.svg', 'Blue.svg', 'blue-mug.png', 'a--b.svg']) {
      const response = await fetch(`${stack.bff.url}/images/products/${bad}`);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('script');
    }
  });

  it.each(['/images/products/blue-ceramic-mug.svg', '/images/products/nope.png'])('sends the security headers on %s', async (path) => {
    const answer = await rawRequest(`${stack.bff.url}${path}`, { method: 'GET' });
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    // The image route may pick its own (image) policy.
    expect(answer.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
  });
});

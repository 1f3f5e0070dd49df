import { closedPort } from '@shop/bff-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff, type RunningCatalogBff } from './app.js';

let bff: RunningCatalogBff;
beforeAll(async () => {
  bff = await startCatalogBff({
    catalogServiceAddr: `127.0.0.1:${await closedPort()}`,
    corsOrigins: ['http://localhost:4200'],
    nodeEnv: 'test',
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await bff?.stop();
});

describe('catalog service down', () => {
  it('answers UNAVAILABLE (not INTERNAL, no hang) within the deadline', async () => {
    const response = await fetch(`${bff.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ products(first: 5) { totalCount } categories { id } }' }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { errors: Array<{ message: string; extensions: { code: string } }> };
    expect(response.status).toBe(200);
    expect(body.errors.length).toBeGreaterThan(0);
    expect(body.errors.every((e) => e.extensions.code === 'UNAVAILABLE')).toBe(true);
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
  });

  it('reports not ready', async () => {
    const response = await fetch(`${bff.url}/readyz`, { signal: AbortSignal.timeout(5000) });
    expect(response.status).toBe(503);
  });

  it('stays alive', async () => {
    expect((await fetch(`${bff.url}/healthz`)).status).toBe(200);
  });
});

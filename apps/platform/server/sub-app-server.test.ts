// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distOf, startSubAppServer } from './sub-app-server.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'sub-app-dist-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><div id="catalog-app"></div>');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('startSubAppServer', () => {
  it('serves the app with CORS, deep links and the runtime config', async () => {
    const app = await startSubAppServer({ name: 'catalog', root, port: 0, host: '127.0.0.1', bffUrl: 'http://bff.test/graphql' });
    try {
      const config = await fetch(`${app.url}/runtime-config.json`);
      expect(await config.json()).toEqual({ bffUrl: 'http://bff.test/graphql' });
      const deep = await fetch(`${app.url}/catalog/p/desk-lamp`, { headers: { Origin: 'http://localhost:4200' } });
      expect(deep.headers.get('access-control-allow-origin')).toBe('*');
      expect(await deep.text()).toContain('catalog-app');
      // Standalone, the page may reach its BFF (GraphQL, product images) and nothing else.
      const csp = deep.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("connect-src 'self' http://bff.test;");
      expect(csp).toContain("img-src 'self' data: http://bff.test;");
      expect(csp).toContain("script-src 'self';");
      expect(deep.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      await app.stop();
    }
  });

  it('refuses to start without a build, saying how to make one', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'sub-app-empty-'));
    await expect(startSubAppServer({ name: 'catalog', root: empty, port: 0, bffUrl: 'http://x/graphql' })).rejects.toThrow(/build first with `npx nx build apps-catalog`/);
    await rm(empty, { recursive: true });
  });

  it('finds dist/ beside the server module', () => {
    expect(distOf('file:///repo/apps/user/server.ts')).toBe('/repo/apps/user/dist');
  });
});

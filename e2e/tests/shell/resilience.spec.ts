import { startShell, type ShellServer } from '@shop/shell/server';
import { startCatalogApp } from '../../../apps/catalog/server.js';
import { expect, test } from '../../fixtures/test.js';
import { catalogEntry, manifestOf } from '../../fixtures/manifest.js';
import { ShellPage } from '../../pages/shell.page.js';
import { CatalogPage } from '../../pages/catalog.page.js';

// This spec owns a catalog app server it can stop and restart on the same port (a spare port the
// BFF's CORS already allows), and a shell whose manifest points at it.
let shellServer: ShellServer;
let catalogApp: { url: string; stop(): Promise<void> } | undefined;

test.beforeAll(async ({ stack }) => {
  const appUrl = `http://localhost:${stack.spare.resilienceCatalogApp}`;
  shellServer = await startShell({ port: stack.spare.resilienceShell, manifest: manifestOf(catalogEntry(appUrl, stack.bffUrl)) });
});

test.afterAll(async () => {
  await catalogApp?.stop();
  await shellServer?.stop();
});

test('the catalog server is down: a fallback with Retry, then Retry mounts it once it is back', async ({ page, stack }) => {
  const shell = new ShellPage(page, shellServer.url);
  const catalog = new CatalogPage(page, shellServer.url);

  await shell.goto('/catalog/');
  await expect(shell.unavailable('catalog')).toBeVisible();
  await expect(shell.header).toBeVisible();
  await expect(shell.sandboxIframe('catalog')).toHaveCount(0);

  // Retrying while it is still down fails the same way and leaves no iframe behind either.
  await shell.retry('catalog').click();
  await expect(shell.unavailable('catalog')).toBeVisible();
  await expect(shell.sandboxIframe('catalog')).toHaveCount(0);

  catalogApp = await startCatalogApp({ port: stack.spare.resilienceCatalogApp, bffUrl: stack.bffUrl });
  await shell.retry('catalog').click();
  await catalog.waitForProducts();
  await expect(shell.unavailable('catalog')).toHaveCount(0);
  await expect(shell.sandboxIframe('catalog')).toHaveCount(1);
});

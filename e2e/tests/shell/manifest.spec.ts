import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '@shop/apps-platform/server';
import { startShell, type ShellServer } from '@shop/shell/server';
import { expect, test } from '../../fixtures/test.js';
import { findFreePort } from '@shop/node-platform';
import { CatalogPage } from '../../pages/catalog.page.js';
import { catalogEntry, manifestOf } from '../../fixtures/manifest.js';
import { ShellPage } from '../../pages/shell.page.js';

// A release is an edit of the manifest file the shell's server re-reads per request: no rebuild,
// no restart. These tests edit a temp manifest file under a running shell; each writes the
// manifest state it starts from.
let dir: string;
let manifestPath: string;
let greedy: StaticServer;
let shellServer: ShellServer;

test.beforeAll(async ({ stack }) => {
  dir = await mkdtemp(join(tmpdir(), 'shop-e2e-manifest-'));
  manifestPath = join(dir, 'manifest.json');
  await writeFile(manifestPath, JSON.stringify(manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl))));
  greedy = await startStaticServer({ root: resolve(import.meta.dirname, '../../fixtures/greedy-app'), port: 0, cors: true });
  // A reserved port: the BFF's CORS whitelist must allow this shell's origin.
  shellServer = await startShell({ port: stack.spare.releaseShell, manifest: manifestPath });
});

test.afterAll(async () => {
  await shellServer?.stop();
  await greedy?.stop();
  await rm(dir, { recursive: true, force: true });
});

test('adding a sub-app to the manifest adds its nav link and route without a rebuild', async ({ page, stack }) => {
  const shell = new ShellPage(page, shellServer.url);
  await writeFile(manifestPath, JSON.stringify(manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl))));
  await shell.goto('/greedy');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(shell.navLink('Greedy')).toHaveCount(0);

  const greedyEntry = { name: 'greedy', version: '1.0.0', entry: `${greedy.url}/`, bffUrl: stack.bffUrl, baseroute: '/greedy', nav: { label: 'Greedy', path: '/greedy' } };
  await writeFile(manifestPath, JSON.stringify(manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl), greedyEntry)));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Greedy app' })).toBeVisible();
  await expect(shell.navLink('Greedy')).toBeVisible();
});

test('a broken manifest shows a clear error page instead of a blank shell', async ({ page }) => {
  const shell = new ShellPage(page, shellServer.url);
  await writeFile(manifestPath, JSON.stringify({ home: '/catalog', apps: [{ name: 'catalog', entry: 'not a url' }] }));
  await shell.goto('/catalog');
  await expect(page.getByRole('heading', { name: 'The shop could not start' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('apps[0].entry must be an absolute URL');

  await writeFile(manifestPath, '{ "home": ');
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('alert')).toContainText('is not valid JSON');
});

test('the catalog talks to the BFF named in the manifest', async ({ page, stack }) => {
  const shell = new ShellPage(page, shellServer.url);
  const catalog = new CatalogPage(page, shellServer.url);
  // Nothing listens there: the app loads (its server is up) but its data cannot.
  const deadBff = `http://localhost:${await findFreePort()}/graphql`;
  await writeFile(manifestPath, JSON.stringify(manifestOf(catalogEntry(stack.catalogAppUrl, deadBff))));
  await shell.goto('/catalog/');
  await expect(catalog.errorState).toBeVisible();
  await expect(shell.unavailable('catalog')).toHaveCount(0);
  await expect(catalog.products).toHaveCount(0);

  await writeFile(manifestPath, JSON.stringify(manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl))));
  await page.reload();
  await catalog.waitForProducts();
});

import { resolve } from 'node:path';
import { startStaticServer, type StaticServer } from '@shop/apps-platform/server';
import { startShell, type ShellServer } from '@shop/shell/server';
import { expect, test } from '../../fixtures/test.js';
import { catalogEntry, manifestOf } from '../../fixtures/manifest.js';
import { ShellPage } from '../../pages/shell.page.js';

let greedy: StaticServer;
let shellServer: ShellServer;

test.beforeAll(async ({ stack }) => {
  greedy = await startStaticServer({ root: resolve(import.meta.dirname, '../../fixtures/greedy-app'), port: 0, cors: true });
  shellServer = await startShell({
    port: 0,
    manifest: manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl), {
      name: 'greedy',
      version: 'e2e',
      entry: `${greedy.url}/`,
      bffUrl: stack.bffUrl,
      baseroute: '/greedy',
      nav: { label: 'Greedy', path: '/greedy' },
    }),
  });
});

test.afterAll(async () => {
  await shellServer?.stop();
  await greedy?.stop();
});

test('a greedy sub-app cannot restyle the shell or reach its window', async ({ page }) => {
  const shell = new ShellPage(page, shellServer.url);
  await shell.goto('/nothing-mounted-here');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const before = await shell.chromeStyles();

  await shell.navLink('Greedy').click();
  const greedyHeading = page.getByRole('heading', { name: 'Greedy app' });
  await expect(greedyHeading).toBeVisible();
  await expect(page).toHaveURL(`${shellServer.url}/greedy`);

  // The greedy rules did apply inside the sub-app (so the test would notice a leak)…
  await expect(greedyHeading).toHaveCSS('color', 'rgb(255, 0, 0)');
  expect(await shell.sandboxGlobal('greedy', 'greedyGlobal')).toBe('leaked');
  // …but not to the shell's chrome or window.
  expect(await shell.chromeStyles()).toEqual(before);
  expect(before.bodyBackground).not.toBe('rgb(255, 0, 0)');
  expect(before.headerFont).not.toContain('monospace');
  expect(await shell.shellGlobal('greedyGlobal')).toBeUndefined();
  await expect(shell.navLink('Greedy')).toHaveAttribute('aria-current', 'page');
});

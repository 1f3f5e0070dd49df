import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../../fixtures/test.js';

let otherSite: Server;
let otherSiteUrl: string;

// Another origin (127.0.0.1 is not the shell's localhost) whose page tries to frame the shell.
test.beforeAll(async ({ stack }) => {
  otherSite = createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><title>elsewhere</title><iframe title="framed shop" src="${stack.shellUrl}/catalog/"></iframe>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherSiteUrl = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`;
});

test.afterAll(() => new Promise<void>((resolve) => otherSite.close(() => resolve())));

test('another site cannot frame the shell (frame-ancestors)', async ({ page, stack }) => {
  expect(new URL(otherSiteUrl).origin).not.toBe(new URL(stack.shellUrl).origin);
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  await page.goto(otherSiteUrl);

  await expect.poll(() => messages.find((text) => text.includes('frame-ancestors'))).toContain(stack.shellUrl);
  await expect(page.frameLocator('iframe[title="framed shop"]').getByRole('link', { name: 'Micro Shop' })).toHaveCount(0);
});

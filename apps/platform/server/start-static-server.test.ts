import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './start-static-server.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>served</title>');
});

afterAll(() => rm(root, { recursive: true, force: true }));

describe('startStaticServer', () => {
  it('listens on a free port, serves over HTTP and stops', async () => {
    const server = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
    const res = await fetch(`${server.url}/catalog/p/x`);
    expect(await res.text()).toContain('<title>served</title>');
    const head = await fetch(`${server.url}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    await server.stop();
    await expect(fetch(`${server.url}/`)).rejects.toThrow();
  });

  it('reports localhost in the URL when bound to every interface', async () => {
    const server = await startStaticServer({ root, port: 0 });
    expect(server.url).toBe(`http://localhost:${server.port}`);
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
    await server.stop();
  });

  it('rejects when the port is taken', async () => {
    const first = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
    await expect(startStaticServer({ root, port: first.port, host: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/);
    await first.stop();
  });
});

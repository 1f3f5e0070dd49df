import { request } from 'node:http';
import { brotliCompressSync } from 'node:zlib';
import { mkdtemp, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer } from './start-static-server.js';

let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-server-'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>served</title>');
  await writeFile(join(root, 'index.html.br'), brotliCompressSync('<!doctype html><title>served</title>'));
});

/** Raw GET (no automatic decompression): status, headers and the bytes on the wire. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolveGet, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolveGet({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

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

  it('binds loopback by default and reports it as localhost', async () => {
    const server = await startStaticServer({ root, port: 0 });
    expect(server.host).toBe('127.0.0.1');
    expect(server.url).toBe(`http://localhost:${server.port}`);
    expect((await fetch(`http://127.0.0.1:${server.port}/`)).status).toBe(200);
    await server.stop();
  });

  it('binds every interface only when asked, still reported as localhost', async () => {
    const server = await startStaticServer({ root, port: 0, host: '0.0.0.0' });
    expect(server.host).toBe('0.0.0.0');
    expect(server.url).toBe(`http://localhost:${server.port}`);
    await server.stop();
  });

  it('sends the precompressed bytes and the security headers over HTTP', async () => {
    const server = await startStaticServer({ root, port: 0 });
    try {
      const res = await rawGet(`${server.url}/catalog/p/x`, { 'Accept-Encoding': 'gzip, deflate, br' });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers.vary).toBe('Accept-Encoding');
      expect(Number(res.headers['content-length'])).toBe(res.body.length);
      expect(res.body.equals(brotliCompressSync('<!doctype html><title>served</title>'))).toBe(true);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    } finally {
      await server.stop();
    }
  });

  it('rejects when the port is taken', async () => {
    const first = await startStaticServer({ root, port: 0, host: '127.0.0.1' });
    await expect(startStaticServer({ root, port: first.port, host: '127.0.0.1' })).rejects.toThrow(/EADDRINUSE/);
    await first.stop();
  });
});

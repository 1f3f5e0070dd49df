import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticApp } from './static-app.js';

let root: string;
const js = `export const words = ${JSON.stringify('compress me '.repeat(200))};\n`;
const html = `<!doctype html><title>app</title>${'<p>text</p>'.repeat(50)}`;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-encoding-'));
  await mkdir(join(root, 'assets'));
  for (const [name, content] of [['assets/app-1.js', js], ['index.html', html]] as const) {
    await writeFile(join(root, name), content);
    await writeFile(join(root, `${name}.br`), brotliCompressSync(content));
    await writeFile(join(root, `${name}.gz`), gzipSync(content));
  }
  // Only a gzip twin: br must fall back to gzip.
  await writeFile(join(root, 'assets', 'only-gz-1.css'), 'body{}');
  await writeFile(join(root, 'assets', 'only-gz-1.css.gz'), gzipSync('body{}'));
  await writeFile(join(root, 'assets', 'plain-1.svg'), '<svg/>');
});

afterAll(() => rm(root, { recursive: true, force: true }));

const get = (path: string, acceptEncoding?: string, method = 'GET') =>
  createStaticApp({ root }).request(path, { method, headers: acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding } });

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer());
}

describe('precompressed variants', () => {
  it('sends brotli when accepted, with its own length, type and Vary', async () => {
    const res = await get('/assets/app-1.js', 'gzip, deflate, br');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    const body = await bytes(res);
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(js.length);
    expect(brotliDecompressSync(body).toString()).toBe(js);
  });

  it('sends gzip when brotli is not accepted (or refused with q=0)', async () => {
    for (const header of ['gzip, deflate', 'br;q=0, gzip']) {
      const res = await get('/assets/app-1.js', header);
      expect(res.headers.get('content-encoding'), header).toBe('gzip');
      expect(gunzipSync(await bytes(res)).toString()).toBe(js);
    }
  });

  it('sends the original without Content-Encoding for identity, no header, or everything refused', async () => {
    for (const header of [undefined, 'identity', 'deflate', 'br;q=0, gzip;q=0']) {
      const res = await get('/assets/app-1.js', header);
      expect(res.headers.get('content-encoding'), String(header)).toBeNull();
      expect(res.headers.get('vary')).toBe('Accept-Encoding');
      expect((await bytes(res)).toString()).toBe(js);
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(js));
    }
  });

  it('falls back to the variant that exists', async () => {
    expect((await get('/assets/only-gz-1.css', 'br, gzip')).headers.get('content-encoding')).toBe('gzip');
    expect((await get('/assets/only-gz-1.css', 'br')).headers.get('content-encoding')).toBeNull();
    const plain = await get('/assets/plain-1.svg', 'br, gzip');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe('<svg/>');
  });

  it('compresses index.html, at / and as the SPA fallback', async () => {
    for (const path of ['/', '/index.html', '/catalog/p/deep']) {
      const res = await get(path, 'br');
      expect(res.headers.get('content-encoding'), path).toBe('br');
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(brotliDecompressSync(await bytes(res)).toString()).toBe(html);
    }
  });

  it('answers HEAD with the headers of the negotiated variant', async () => {
    const res = await get('/assets/app-1.js', 'gzip', 'HEAD');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(Number(res.headers.get('content-length'))).toBe(gzipSync(js).length);
  });

  it('tags each representation differently, so a cache never mixes them up', async () => {
    const tags = await Promise.all(['br', 'gzip', 'identity'].map(async (enc) => (await get('/assets/app-1.js', enc)).headers.get('etag')));
    expect(new Set(tags).size).toBe(3);
  });
});

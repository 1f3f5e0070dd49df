import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressAssets } from './precompress.js';

let dir: string;
let files: string[];

// A tiny app built like the sub-apps and the shell: hidden source maps + precompression.
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'precompress-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/main.js"></script>');
  await writeFile(join(dir, 'main.js'), `import './a.css'; document.querySelector('#app').textContent = ${JSON.stringify('hello '.repeat(300))};`);
  await writeFile(join(dir, 'a.css'), Array.from({ length: 50 }, (_, i) => `.b${i} { margin: ${i}px }`).join('\n'));
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    plugins: [precompressAssets()],
    build: { outDir: join(dir, 'dist'), sourcemap: 'hidden' },
  });
  files = (await readdir(join(dir, 'dist'), { recursive: true })).map(String).sort();
}, 60_000);

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('precompressAssets', () => {
  it('writes .br and .gz twins of JS, CSS and HTML that decompress to the original', async () => {
    for (const ext of ['.js', '.css', '.html']) {
      const original = files.find((f) => f.endsWith(ext));
      expect(original, ext).toBeDefined();
      expect(files).toContain(`${original}.br`);
      expect(files).toContain(`${original}.gz`);
      const bytes = await readFile(join(dir, 'dist', original!));
      expect(brotliDecompressSync(await readFile(join(dir, 'dist', `${original}.br`))).equals(bytes)).toBe(true);
      expect(gunzipSync(await readFile(join(dir, 'dist', `${original}.gz`))).equals(bytes)).toBe(true);
    }
  });

  it('builds source maps without compressing them or pointing at them', async () => {
    const map = files.find((f) => f.endsWith('.js.map'));
    expect(map).toBeDefined();
    expect(files.filter((f) => /\.map\.(br|gz)$/.test(f))).toEqual([]);
    const js = await readFile(join(dir, 'dist', files.find((f) => f.endsWith('.js'))!), 'utf8');
    expect(js).not.toContain('sourceMappingURL');
  });
});

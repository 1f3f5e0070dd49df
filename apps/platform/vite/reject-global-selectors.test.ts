import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { rejectGlobalSelectors } from './reject-global-selectors.js';

let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

/** Builds a tiny app whose entry imports the given files, with the plugin on. */
async function buildApp(files: Record<string, string>, entry: string): Promise<void> {
  dir = await mkdtemp(join(tmpdir(), 'reject-selectors-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><div id="app"></div><script type="module" src="/main.js"></script>');
  await writeFile(join(dir, 'main.js'), entry);
  for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content);
  await build({
    root: dir,
    logLevel: 'silent',
    configFile: false,
    plugins: [vue(), rejectGlobalSelectors()],
    // The fixture lives outside the workspace, so `vue` would not resolve; it is not under test.
    build: { outDir: join(dir, 'dist'), write: false, rolldownOptions: { external: ['vue'] } },
  });
}

describe('rejectGlobalSelectors', () => {
  it('fails the build on :root in a CSS file', async () => {
    await expect(buildApp({ 'a.css': ':root { --brand: red }' }, "import './a.css'")).rejects.toThrow(/:root/);
  });

  it('fails the build on html in a scoped SFC style block', async () => {
    const sfc = '<template><p>x</p></template>\n<style scoped>\nhtml body { margin: 0 }\n</style>\n';
    await expect(buildApp({ 'X.vue': sfc }, "import X from './X.vue'; console.log(X)")).rejects.toThrow(/html body/);
  });

  it('lets clean CSS through', async () => {
    const sfc = '<template><p class="html-view">x</p></template>\n<style scoped>\n.html-view { --c: 1 }\n</style>\n';
    await expect(
      buildApp({ 'X.vue': sfc, 'a.css': 'body { --brand: red } [data-root] { color: var(--brand) }' }, "import './a.css'; import X from './X.vue'; console.log(X)"),
    ).resolves.toBeUndefined();
  });
});

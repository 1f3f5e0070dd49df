import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { precompressAssets } from '@shop/apps-platform/vite';
import { manifestDevPlugin } from './server/manifest-dev-plugin.js';
import { DEFAULT_MANIFEST_PATH } from './server/manifest-source.js';

const port = Number(process.env.SHELL_PORT ?? 4200);
const manifestPath = process.env.SHELL_MANIFEST ? resolve(process.env.SHELL_MANIFEST) : DEFAULT_MANIFEST_PATH;

export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'micro-app' } } }),
    // Served at runtime, never bundled: a sub-app release must not rebuild the shell.
    manifestDevPlugin(manifestPath),
    // brotli + gzip copies for the production server's Content-Encoding negotiation.
    precompressAssets(),
  ],
  // Source maps are kept for error reporting but never referenced nor served.
  build: { sourcemap: 'hidden' },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
});

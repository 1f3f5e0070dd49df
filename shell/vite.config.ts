import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { manifestDevPlugin } from './server/manifest-dev-plugin.js';
import { DEFAULT_MANIFEST_PATH } from './server/manifest-source.js';

const port = Number(process.env.SHELL_PORT ?? 4200);
const manifestPath = process.env.SHELL_MANIFEST ? resolve(process.env.SHELL_MANIFEST) : DEFAULT_MANIFEST_PATH;

export default defineConfig({
  plugins: [
    vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'micro-app' } } }),
    // Served at runtime, never bundled: a sub-app release must not rebuild the shell.
    manifestDevPlugin(manifestPath),
  ],
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
});

import { defineConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  plugins: [vue()],
  test: {
    name: 'unit:apps-platform',
    root: import.meta.dirname,
    environment: 'node',
    include: ['{server,vite,src}/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});

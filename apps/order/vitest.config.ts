import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue()],
  test: {
    name: 'unit:apps-order',
    root: import.meta.dirname,
    environment: 'happy-dom',
    include: ['src/**/*.test.ts', '*.test.ts'],
    exclude: ['**/node_modules/**'],
  },
});

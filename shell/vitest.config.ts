// Tests of the shell's modules (manifest validation, route building and guards, the session
// store) and components (header, user menu; happy-dom per file), plus its static server on port 0
// (no database, so it stays in the fast unit run); the composed behaviour is exercised by e2e/.
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'micro-app' } } })],
  test: {
    name: 'unit:shell',
    environment: 'node',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', '*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
  },
});

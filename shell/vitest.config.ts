// Unit tests of the shell's plain TS modules (manifest validation, route building); the Vue
// layout is exercised end to end by e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit:shell',
    environment: 'node',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/*.int.test.ts'],
  },
});

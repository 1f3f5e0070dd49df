// Tests of the shell's plain TS modules (manifest validation, route building) plus its static
// server on port 0 (no database, so it stays in the fast unit run); the Vue layout is exercised
// end to end by e2e/.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'unit:shell',
    environment: 'node',
    root: import.meta.dirname,
    include: ['src/**/*.test.ts', 'server/**/*.test.ts', '*.test.ts'],
    exclude: ['**/node_modules/**', 'dist/**'],
  },
});

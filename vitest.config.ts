// Test tiers (DESIGN.md "Testing tiers"): `unit*` projects run beside the code with nothing
// started; `integration` starts real PostgreSQL (embedded unless DATABASE_URL is set) and real
// gRPC/HTTP servers on port 0. e2e lives in e2e/ (Playwright).
import { defineConfig } from 'vitest/config';

const nodePackages = '{contracts,platform,services,bff,tools}';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: [`${nodePackages}/**/src/**/*.test.ts`],
          exclude: ['**/node_modules/**', '**/*.int.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['{services,bff,tools}/**/src/**/*.int.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['services/platform/src/testing/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // 2 cores: files share one PostgreSQL server, each with its own database.
          maxWorkers: 2,
        },
      },
      'apps/*/vitest.config.ts',
      'shell/vitest.config.ts',
    ],
  },
});

import type { Plugin } from 'vite';
import { describe, expect, it } from 'vitest';
import { subAppViteConfig } from './sub-app-config.js';

describe('subAppViteConfig', () => {
  const config = subAppViteConfig({ name: 'x', port: 4299, bffUrl: 'http://localhost:4099/graphql' });
  const names = (config.plugins as Plugin[]).map((plugin) => plugin.name);

  it('builds source maps hidden: kept for error reporting, never referenced by the bundles', () => {
    expect(config.build?.sourcemap).toBe('hidden');
  });

  it('precompresses the build and keeps the selector check and the runtime config endpoint', () => {
    expect(names).toEqual(['shop:reject-global-selectors', 'shop:runtime-config-endpoint', 'vite-plugin-compression']);
  });
});

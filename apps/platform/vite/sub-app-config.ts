import type { PluginOption, UserConfig } from 'vite';
import { rejectGlobalSelectors } from './reject-global-selectors.js';
import { bffUrlFromEnv, portFromEnv } from '../server/env.js';
import { runtimeConfigEndpoint } from './json-endpoint.js';
import { precompressAssets } from './precompress.js';

/** What differs between sub-apps' Vite configs. */
export interface SubAppViteOptions {
  /** Sub-app name, e.g. `catalog` (used in messages only). */
  name: string;
  /** Default dev/preview port; `PORT` overrides it. */
  port: number;
  /** Default BFF URL served at `/runtime-config.json`; `BFF_URL` overrides it. */
  bffUrl: string;
  /** Framework plugins, e.g. `[vue()]`; the selector check runs after them. */
  plugins?: PluginOption[];
}

/**
 * The Vite config every sub-app shares: CORS on dev and preview (the shell fetches the sub-app's
 * HTML and modules cross-origin), a fixed port, the `/runtime-config.json` dev endpoint and the
 * `:root`/`html` selector check, brotli + gzip copies of every text asset, and source maps built
 * 'hidden' (no `sourceMappingURL` comment; the static server never serves `.map`). Base stays `/`:
 * micro-app completes absolute asset paths against the entry's origin.
 */
export function subAppViteConfig(options: SubAppViteOptions): UserConfig {
  const port = portFromEnv(options.port);
  const bffUrl = bffUrlFromEnv(options.bffUrl);
  return {
    base: '/',
    plugins: [...(options.plugins ?? []), rejectGlobalSelectors(), runtimeConfigEndpoint(() => ({ bffUrl })), precompressAssets()],
    server: { port, strictPort: true, cors: true },
    preview: { port, strictPort: true, cors: true },
    build: { target: 'es2022', sourcemap: 'hidden' },
  };
}

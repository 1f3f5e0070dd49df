import type { PluginOption, UserConfig } from 'vite';
import { rejectGlobalSelectors } from './reject-global-selectors.js';
import { bffUrlFromEnv, runtimeConfigEndpoint } from './runtime-config-endpoint.js';

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

/** Parses `PORT` (or returns the default); a bad value stops with a message naming it. */
export function portFromEnv(defaultPort: number, env: NodeJS.ProcessEnv = process.env): number {
  if (env.PORT === undefined || env.PORT === '') return defaultPort;
  const port = Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0..65535, got "${env.PORT}"`);
  }
  return port;
}

/**
 * The Vite config every sub-app shares: CORS on dev and preview (the shell fetches the sub-app's
 * HTML and modules cross-origin), a fixed port, the `/runtime-config.json` dev endpoint and the
 * `:root`/`html` selector check. Base stays `/`: micro-app completes absolute asset paths
 * against the entry's origin.
 */
export function subAppViteConfig(options: SubAppViteOptions): UserConfig {
  const port = portFromEnv(options.port);
  const bffUrl = bffUrlFromEnv(options.bffUrl);
  return {
    base: '/',
    plugins: [...(options.plugins ?? []), rejectGlobalSelectors(), runtimeConfigEndpoint(() => ({ bffUrl }))],
    server: { port, strictPort: true, cors: true },
    preview: { port, strictPort: true, cors: true },
    build: { target: 'es2022', sourcemap: true },
  };
}

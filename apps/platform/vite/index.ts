// Build-time helpers for sub-apps (`@shop/apps-platform/vite`), node-only.
export { rejectGlobalSelectors } from './reject-global-selectors.js';
export { findGlobalSelectors, isGlobalSelector } from './find-global-selectors.js';
export type { GlobalSelectorHit } from './find-global-selectors.js';
export { jsonEndpoint, runtimeConfigEndpoint } from './json-endpoint.js';
export type { RuntimeConfigBody } from './json-endpoint.js';
export { subAppViteConfig } from './sub-app-config.js';
export { precompressAssets, PRECOMPRESSED } from './precompress.js';
export { bffUrlFromEnv, portFromEnv } from '../server/env.js';
export type { SubAppViteOptions } from './sub-app-config.js';

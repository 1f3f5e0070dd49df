import type { Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

/** What the static server serves precompressed (`.br`, `.gz` beside the file). Never source maps. */
export const PRECOMPRESSED = /\.(html|css|js|mjs|json|svg|txt|webmanifest|wasm)$/;

/**
 * Vite plugin: writes a brotli (`.br`) and a gzip (`.gz`) copy of every text asset at build time,
 * so the static server negotiates `Content-Encoding` without compressing per request. A copy that
 * would not be smaller is skipped (the server then sends the original).
 */
export function precompressAssets(): Plugin {
  return compression({
    algorithms: ['brotliCompress', 'gzip'],
    include: PRECOMPRESSED,
    exclude: [/\.map$/],
    skipIfLargerOrEqual: true,
    logLevel: 'silent',
  });
}

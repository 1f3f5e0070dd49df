import type { Connect, Plugin } from 'vite';
import { createManifestReader, type ManifestSource } from './manifest-source.js';

/** Vite plugin: serves `/manifest.json` from the manifest file in `vite` dev and `vite preview`. */
export function manifestDevPlugin(source: ManifestSource): Plugin {
  const read = createManifestReader(source);
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('cache-control', 'no-cache');
    res.end(JSON.stringify(read()));
  };
  return {
    name: 'shell-manifest',
    configureServer(server) {
      server.middlewares.use('/manifest.json', handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use('/manifest.json', handler);
    },
  };
}

import type { Connect, Plugin } from 'vite';

/** Runtime configuration a sub-app reads when it runs outside the shell. */
export interface RuntimeConfigBody {
  bffUrl: string;
}

/**
 * Vite plugin: answers `GET /runtime-config.json` in dev and preview, like the production server
 * does, computed per request so a changed env needs only a restart.
 */
export function runtimeConfigEndpoint(compute: () => RuntimeConfigBody): Plugin {
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/runtime-config.json') return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(JSON.stringify(compute()));
  };
  return {
    name: 'shop:runtime-config-endpoint',
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

import type { Connect, Plugin } from 'vite';

/** Runtime configuration a sub-app reads when it runs outside the shell. */
export interface RuntimeConfigBody {
  bffUrl: string;
}

/**
 * Vite plugin: answers `GET|HEAD <path>` with `compute()` as JSON in dev and preview, the way the
 * production static server answers its `json` paths: computed per request, never cached.
 */
export function jsonEndpoint(path: string, compute: () => unknown, name = `shop:json${path}`): Plugin {
  const handler: Connect.NextHandleFunction = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.url?.split('?')[0] !== path) return next();
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache');
    res.end(JSON.stringify(compute()));
  };
  return {
    name,
    configureServer(server) {
      server.middlewares.use(handler);
    },
    configurePreviewServer(server) {
      server.middlewares.use(handler);
    },
  };
}

/** `/runtime-config.json` for a sub-app running standalone under Vite. */
export function runtimeConfigEndpoint(compute: () => RuntimeConfigBody): Plugin {
  return jsonEndpoint('/runtime-config.json', compute, 'shop:runtime-config-endpoint');
}

import type { Connect, Plugin } from 'vite';

/** Runtime configuration a sub-app reads when it runs outside the shell. */
export interface RuntimeConfigBody {
  bffUrl: string;
}

/** The BFF URL from `BFF_URL`, or the given default; rejects anything that is not an http(s) URL. */
export function bffUrlFromEnv(defaultUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const value = env.BFF_URL ?? defaultUrl;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`BFF_URL must be an absolute http(s) URL, got "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`BFF_URL must use http or https, got "${value}"`);
  }
  return url.toString();
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

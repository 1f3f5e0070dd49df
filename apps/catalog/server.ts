// Production server for the built catalog sub-app: static dist/ with SPA fallback, CORS for the
// shell, security headers (a CSP allowing its BFF), and /runtime-config.json for standalone use. Importable by e2e (`startCatalogApp`).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  bffUrlFromEnv,
  hostFromEnv,
  loadConfigOrExit,
  onShutdown,
  portFromEnv,
  serializeCsp,
  startStaticServer,
  subAppCsp,
} from '@shop/apps-platform/server';

const DIST = join(import.meta.dirname, 'dist');
const DEFAULT_PORT = 4202;
const DEFAULT_BFF_URL = 'http://localhost:4002/graphql';

/** Options of `startCatalogApp`. */
export interface CatalogAppOptions {
  /** 0 picks a free port. */
  port: number;
  /** The catalog BFF's GraphQL URL, handed to the app through /runtime-config.json. */
  bffUrl: string;
  /** Interface to bind; default loopback. */
  host?: string;
  /** Built app directory; default `apps/catalog/dist`. */
  root?: string;
}

/** Serves the built catalog app; rejects when `dist/index.html` is missing (not built yet). */
export async function startCatalogApp(options: CatalogAppOptions): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const root = options.root ?? DIST;
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html not found: build first with \`npm run build -w @shop/apps-catalog\``);
  }
  const server = await startStaticServer({
    root,
    port: options.port,
    host: options.host,
    cors: true,
    csp: serializeCsp(subAppCsp(options.bffUrl)),
    json: { '/runtime-config.json': () => ({ bffUrl: options.bffUrl }) },
  });
  return { url: server.url, port: server.port, stop: server.stop };
}

async function main(): Promise<void> {
  const { port, host, bffUrl } = loadConfigOrExit(() => ({
    port: portFromEnv(DEFAULT_PORT),
    host: hostFromEnv(),
    bffUrl: bffUrlFromEnv(DEFAULT_BFF_URL),
  }));
  const app = await startCatalogApp({ port, host, bffUrl });
  console.log(`catalog app listening on ${app.url} (BFF ${bffUrl})`);
  onShutdown([() => app.stop()]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(`catalog app: ${(error as Error).message}`);
    process.exit(1);
  });
}

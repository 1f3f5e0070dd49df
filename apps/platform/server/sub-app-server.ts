import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadConfigOrExit, onShutdown } from '@shop/node-platform';
import { serializeCsp, subAppCsp } from './csp.js';
import { bffUrlFromEnv, hostFromEnv, portFromEnv } from './env.js';
import { startStaticServer } from './start-static-server.js';

/** Options of `startSubAppServer`. */
export interface SubAppServerOptions {
  /** Sub-app name, e.g. `user` (messages only). */
  name: string;
  /** Built app directory (`<app>/dist`). */
  root: string;
  /** 0 picks a free port. */
  port: number;
  /** The sub-app's BFF GraphQL URL, handed to it through /runtime-config.json (standalone use). */
  bffUrl: string;
  /** Interface to bind; default loopback. */
  host?: string;
}

/** A running sub-app server. */
export interface SubAppServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Serves a built sub-app: static `dist/` with SPA fallback, CORS for the shell, security headers
 * with a CSP allowing only its BFF besides its own origin, and `/runtime-config.json`. Rejects
 * when `dist/index.html` is missing (not built yet).
 */
export async function startSubAppServer(options: SubAppServerOptions): Promise<SubAppServer> {
  if (!existsSync(join(options.root, 'index.html'))) {
    throw new Error(`${options.root}/index.html not found: build first with \`npx nx build apps-${options.name}\``);
  }
  const server = await startStaticServer({
    root: options.root,
    port: options.port,
    host: options.host,
    cors: true,
    csp: serializeCsp(subAppCsp(options.bffUrl)),
    json: { '/runtime-config.json': () => ({ bffUrl: options.bffUrl }) },
  });
  return { url: server.url, port: server.port, stop: server.stop };
}

/** What `runSubAppServer` needs to know about a sub-app. */
export interface SubAppServerDeclaration {
  name: string;
  /** `import.meta.url` of the app's server.ts: the entry check and `dist/` are relative to it. */
  moduleUrl: string;
  /** Default `PORT`. */
  defaultPort: number;
  /** Default `BFF_URL`. */
  defaultBffUrl: string;
}

/**
 * When the calling module is the process entry (`tsx server.ts`): reads `PORT`, `HOST`, `BFF_URL`
 * (fail fast, naming the variable), serves `dist/` beside the module, stops on SIGTERM/SIGINT.
 */
export function runSubAppServer(declaration: SubAppServerDeclaration): void {
  const entry = process.argv[1];
  if (!entry || declaration.moduleUrl !== pathToFileURL(entry).href) return;
  const { port, host, bffUrl } = loadConfigOrExit(() => ({
    port: portFromEnv(declaration.defaultPort),
    host: hostFromEnv(),
    bffUrl: bffUrlFromEnv(declaration.defaultBffUrl),
  }));
  startSubAppServer({ name: declaration.name, root: distOf(declaration.moduleUrl), port, host, bffUrl }).then(
    (app) => {
      console.log(`${declaration.name} app listening on ${app.url} (BFF ${bffUrl})`);
      onShutdown([() => app.stop()]);
    },
    (error: unknown) => {
      console.error(`${declaration.name} app: ${(error as Error).message}`);
      process.exit(1);
    },
  );
}

/** The `dist/` folder beside a sub-app's server module. */
export function distOf(moduleUrl: string): string {
  return join(fileURLToPath(new URL('.', moduleUrl)), 'dist');
}

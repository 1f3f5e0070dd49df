import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { hostFromEnv, loadConfigOrExit, onShutdown, portFromEnv, startStaticServer } from '@shop/apps-platform/server';
import { createShellCspSource } from './server/shell-csp.js';
import { assertManifestSource, createManifestReader, DEFAULT_MANIFEST_PATH, type ManifestSource } from './server/manifest-source.js';

/** Options of `startShell`. */
export interface ShellServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Manifest file path (re-read per request) or a manifest object. */
  manifest: ManifestSource;
  /** Interface to bind; default loopback. */
  host?: string;
  /** Built shell bundle; default `shell/dist`. */
  root?: string;
}

/** A running shell server. */
export interface ShellServer {
  port: number;
  /** The address actually bound (loopback unless `host` says otherwise). */
  host: string;
  url: string;
  stop(): Promise<void>;
}

const DIST = resolve(import.meta.dirname, 'dist');

/**
 * Serves the built shell with SPA fallback for every deep path, a live `/manifest.json`, and the
 * security headers with a CSP built from that same manifest (per request, so a release that adds
 * an origin needs no restart).
 */
export async function startShell(options: ShellServerOptions): Promise<ShellServer> {
  const root = options.root ?? DIST;
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No built shell in ${root}: run \`npm run build -w shell\` first.`);
  }
  assertManifestSource(options.manifest);
  return startStaticServer({
    root,
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    csp: createShellCspSource(options.manifest),
    json: {
      '/manifest.json': createManifestReader(options.manifest),
      // Liveness only: the shell has no dependencies of its own at runtime.
      '/healthz': () => ({ status: 'ok' }),
    },
  });
}

async function main(): Promise<void> {
  try {
    const { port, host } = loadConfigOrExit(() => ({ port: portFromEnv(4200, process.env, 'SHELL_PORT'), host: hostFromEnv() }));
    const shell = await startShell({
      port,
      host,
      manifest: process.env.SHELL_MANIFEST ? resolve(process.env.SHELL_MANIFEST) : DEFAULT_MANIFEST_PATH,
    });
    console.log(`shell listening on ${shell.url}`);
    onShutdown([() => shell.stop()]);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void main();
}

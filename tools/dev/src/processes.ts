// The process table of `npm start`: what runs, in start order, and how we know it is ready.
// A new vertical adds its service, BFF and sub-app here (and its entry to the shell manifest).
import type { DevConfig } from './config.js';

export interface ProcessSpec {
  name: string;
  /** Entry file relative to the repo root, run with `node --import tsx`. */
  entry: string;
  env: Record<string, string>;
  /** GET this URL until it answers 2xx. */
  readyUrl: string;
  /** Ports the process binds, checked free before start (name of the env var → port). */
  ports: Record<string, number>;
}

/** Lists the shop's processes for the given ports, database server URL and shell manifest file. */
export function shopProcesses(config: DevConfig, databaseUrl: string, manifestPath: string): ProcessSpec[] {
  const local = (port: number) => `http://localhost:${port}`;
  const shellOrigin = local(config.SHELL_PORT);
  const catalogAppOrigin = local(config.CATALOG_APP_PORT);
  return [
    {
      name: 'services-catalog',
      entry: 'services/catalog/src/main.ts',
      env: {
        GRPC_PORT: String(config.CATALOG_GRPC_PORT),
        ADMIN_PORT: String(config.CATALOG_ADMIN_PORT),
        DATABASE_URL: databaseUrl,
        SEED: 'true',
      },
      readyUrl: `${local(config.CATALOG_ADMIN_PORT)}/readyz`,
      ports: { CATALOG_GRPC_PORT: config.CATALOG_GRPC_PORT, CATALOG_ADMIN_PORT: config.CATALOG_ADMIN_PORT },
    },
    {
      name: 'bff-catalog',
      entry: 'bff/catalog/src/main.ts',
      env: {
        PORT: String(config.CATALOG_BFF_PORT),
        CATALOG_SERVICE_ADDR: `127.0.0.1:${config.CATALOG_GRPC_PORT}`,
        CORS_ORIGINS: `${shellOrigin},${catalogAppOrigin}`,
        // Image links use the same origin as the manifest's bffUrl (never a request's Host).
        PUBLIC_URL: local(config.CATALOG_BFF_PORT),
      },
      readyUrl: `${local(config.CATALOG_BFF_PORT)}/readyz`,
      ports: { CATALOG_BFF_PORT: config.CATALOG_BFF_PORT },
    },
    {
      name: 'apps-catalog',
      entry: 'apps/catalog/server.ts',
      env: { PORT: String(config.CATALOG_APP_PORT), BFF_URL: `${local(config.CATALOG_BFF_PORT)}/graphql` },
      readyUrl: `${catalogAppOrigin}/`,
      ports: { CATALOG_APP_PORT: config.CATALOG_APP_PORT },
    },
    {
      name: 'shell',
      entry: 'shell/server.ts',
      env: { SHELL_PORT: String(config.SHELL_PORT), SHELL_MANIFEST: manifestPath },
      readyUrl: `${shellOrigin}/manifest.json`,
      ports: { SHELL_PORT: config.SHELL_PORT },
    },
  ];
}

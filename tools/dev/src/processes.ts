// The process table of `npm start`, derived from the registry (verticals.ts): every service,
// then every BFF, then every sub-app server, then the shell — each with how we know it is ready.
import { join } from 'node:path';
import type { DevConfig } from './config.js';
import { verticals as registry, type Vertical } from './verticals.js';

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

/** Where each process finds the others and its data (what every process of a vertical needs). */
export interface ProcessContext {
  databaseUrl: string;
  manifestPath: string;
  /** Folder of the shared development token keys. */
  keysDir: string;
}

const local = (port: number) => `http://localhost:${port}`;

/** Lists the shop's processes for the given config and context. */
export function shopProcesses(config: DevConfig, context: ProcessContext, verticals: readonly Vertical[] = registry): ProcessSpec[] {
  const port = (variable: string) => config.ports[variable]!;
  const shellOrigin = local(config.SHELL_PORT);
  // Every process that signs or verifies tokens shares the dev key pair; services also share the
  // per-service dev pairs of service tokens (next to it: <data>/service-keys/<service>/).
  const auth = { AUTH_DEV_KEYS_DIR: context.keysDir };
  const serviceAuth = { ...auth, SERVICE_DEV_KEYS_DIR: join(context.keysDir, '..', 'service-keys') };
  const addressesOf = (calls: readonly string[] = []) =>
    Object.fromEntries(calls.map((target) => [`${target.toUpperCase()}_SERVICE_ADDR`, `127.0.0.1:${port(`${target.toUpperCase()}_GRPC_PORT`)}`]));
  const services = verticals.flatMap(({ name, service }): ProcessSpec[] => {
    if (!service) return [];
    const [grpc, admin] = [`${name.toUpperCase()}_GRPC_PORT`, `${name.toUpperCase()}_ADMIN_PORT`];
    return [{
      name: `services-${name}`,
      entry: `services/${name}/src/main.ts`,
      env: { GRPC_PORT: String(port(grpc)), ADMIN_PORT: String(port(admin)), DATABASE_URL: context.databaseUrl, SEED: 'true', ...addressesOf(service.calls), ...serviceAuth },
      readyUrl: `${local(port(admin))}/readyz`,
      ports: { [grpc]: port(grpc), [admin]: port(admin) },
    }];
  });
  const bffs = verticals.flatMap(({ name, bff, app }): ProcessSpec[] => {
    if (!bff) return [];
    const variable = `${name.toUpperCase()}_BFF_PORT`;
    const origins = [shellOrigin, ...(app ? [local(port(`${name.toUpperCase()}_APP_PORT`))] : [])];
    const addresses = addressesOf(bff.calls);
    return [{
      name: `bff-${name}`,
      entry: `bff/${name}/src/main.ts`,
      env: {
        PORT: String(port(variable)),
        ...addresses,
        CORS_ORIGINS: origins.join(','),
        // Image links use the same origin as the manifest's bffUrl (never a request's Host).
        PUBLIC_URL: local(port(variable)),
        ...(bff.imagesFrom ? { IMAGE_BASE_URL: local(port(`${bff.imagesFrom.toUpperCase()}_BFF_PORT`)) } : {}),
        ...auth,
      },
      readyUrl: `${local(port(variable))}/readyz`,
      ports: { [variable]: port(variable) },
    }];
  });
  const apps = verticals.flatMap(({ name, app, bff }): ProcessSpec[] => {
    if (!app) return [];
    const variable = `${name.toUpperCase()}_APP_PORT`;
    const bffUrl: Record<string, string> = bff ? { BFF_URL: `${local(port(`${name.toUpperCase()}_BFF_PORT`))}/graphql` } : {};
    return [{
      name: `apps-${name}`,
      entry: `apps/${name}/server.ts`,
      env: { PORT: String(port(variable)), ...bffUrl },
      readyUrl: `${local(port(variable))}/`,
      ports: { [variable]: port(variable) },
    }];
  });
  const shell: ProcessSpec = {
    name: 'shell',
    entry: 'shell/server.ts',
    env: { SHELL_PORT: String(config.SHELL_PORT), SHELL_MANIFEST: context.manifestPath },
    readyUrl: `${shellOrigin}/manifest.json`,
    ports: { SHELL_PORT: config.SHELL_PORT },
  };
  return [...services, ...bffs, ...apps, shell];
}

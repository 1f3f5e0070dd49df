// THE registry of verticals: adding one edits this list, nothing else in the tooling. It drives
// `npm start`'s process table (processes.ts), the local shell manifest (manifest.ts), the ports
// `npm start` reads from env (config.ts), the web builds (build-web.ts) and the e2e stack.
// By convention a vertical `x` has services/x/src/main.ts, bff/x/src/main.ts and apps/x/server.ts
// (nx projects services-x, bff-x, apps-x), and env variables X_GRPC_PORT, X_ADMIN_PORT,
// X_BFF_PORT and X_APP_PORT for `npm start`.

/** A vertical: a domain service, the BFF of its experience and its sub-app (each optional). */
export interface Vertical {
  name: string;
  /** The domain service (gRPC + admin HTTP), seeded by `npm start`, and the services it calls. */
  service?: { grpcPort: number; adminPort: number; calls?: string[] };
  /**
   * The BFF and the services it calls (their addresses go in as `<NAME>_SERVICE_ADDR`);
   * `imagesFrom` names the vertical whose BFF serves its product images (`IMAGE_BASE_URL`).
   */
  bff?: { port: number; calls: string[]; imagesFrom?: string };
  /** The sub-app: where the shell mounts it, and its nav entry. */
  app?: {
    port: number;
    baseroute: string;
    routes?: string[];
    nav?: { label: string; path: string };
    /** Who may open which path (shell/README.md "guards"); the longest matching path wins. */
    guards?: Array<{ path: string; access: string }>;
  };
}

/** Every vertical, in start order (services before the BFFs that call them). */
export const verticals: readonly Vertical[] = [
  {
    name: 'user',
    service: { grpcPort: 50051, adminPort: 9051 },
    bff: { port: 4001, calls: ['user'] },
    app: {
      port: 4201,
      baseroute: '/account',
      guards: [
        { path: '/account', access: 'signed-in' },
        { path: '/account/login', access: 'public' },
        { path: '/account/register', access: 'public' },
        { path: '/account/admin', access: 'users:manage' },
      ],
    },
  },
  {
    name: 'catalog',
    service: { grpcPort: 50052, adminPort: 9052 },
    bff: { port: 4002, calls: ['catalog', 'order'] },
    app: { port: 4202, baseroute: '/catalog', nav: { label: 'Catalog', path: '/catalog' } },
  },
  { name: 'payment', service: { grpcPort: 50054, adminPort: 9054 } },
  // After the services it calls (their addresses must be known when it starts).
  {
    name: 'order',
    service: { grpcPort: 50053, adminPort: 9053, calls: ['catalog', 'payment'] },
    bff: { port: 4003, calls: ['order'], imagesFrom: 'catalog' },
    // One app for three roots: its router lives at `/` and the shell mounts it for each.
    app: {
      port: 4203,
      baseroute: '/',
      routes: ['/cart', '/checkout', '/orders'],
      nav: { label: 'Orders', path: '/orders' },
      guards: [
        { path: '/orders', access: 'signed-in' },
        { path: '/checkout', access: 'signed-in' },
      ],
    },
  },
];

/** Where `/` sends a shopper. */
export const HOME = '/catalog';

/** The shell's default port. */
export const SHELL_PORT = 4200;

/** `npm start`'s port variables and their defaults, e.g. CATALOG_BFF_PORT → 4002. */
export function portDefaults(list: readonly Vertical[] = verticals): Record<string, number> {
  const ports: Record<string, number> = { SHELL_PORT };
  for (const { name, service, bff, app } of list) {
    const prefix = name.toUpperCase();
    if (service) Object.assign(ports, { [`${prefix}_GRPC_PORT`]: service.grpcPort, [`${prefix}_ADMIN_PORT`]: service.adminPort });
    if (bff) ports[`${prefix}_BFF_PORT`] = bff.port;
    if (app) ports[`${prefix}_APP_PORT`] = app.port;
  }
  return ports;
}

/** The nx projects of the web builds: every sub-app, then the shell. */
export function webProjects(list: readonly Vertical[] = verticals): string[] {
  return [...list.filter((vertical) => vertical.app).map((vertical) => `apps-${vertical.name}`), 'shell'];
}

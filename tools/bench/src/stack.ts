// The processes under test, each its own node process (as deployed): PostgreSQL, the catalog
// service, our BFF, the peer and the raw baseline. autocannon runs in the parent.
import { resolve } from 'node:path';
import { generateKeyPairJwk } from '@shop/node-platform/auth';
import { findFreePort as freePort } from '@shop/services-platform';
import { startTestPostgres } from '@shop/services-platform/testing';
import { type Child, startChild } from '@shop/tools-dev/child';
import { waitReady } from '@shop/tools-dev/wait-ready';

const root = resolve(import.meta.dirname, '../../..');
export const PUBLIC_URL = 'http://localhost:4002';

export interface Stack {
  urls: { raw: string; ours: string; peer: string };
  /** Process ids by name (services-catalog, bff-catalog, peer, raw), for CPU/memory sampling. */
  pids: Record<string, number>;
  stop(): Promise<void>;
}

/** Starts the whole bench stack; `profileDir` turns on --cpu-prof for our BFF and the catalog service. */
export async function startStack(profileDir?: string): Promise<Stack> {
  const children: Child[] = [];
  const cleanups: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const child of [...children].reverse()) await child.stop();
    for (const cleanup of cleanups) await cleanup();
  };
  const quiet = { LOG_LEVEL: 'warn', NODE_ENV: 'production' };
  const start = async (name: string, entry: string, env: Record<string, string>, readyUrl: string, nodeArgs: string[] = []) => {
    const child = startChild(name, entry, { ...quiet, ...env }, root, nodeArgs);
    children.push(child);
    await waitReady(readyUrl, child.exited);
  };
  try {
    const server = await startTestPostgres();
    cleanups.push(server.stop);
    const databaseUrl = server.url;
    const [grpcPort, adminPort, oursPort, peerPort, rawPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
    const catalogAddr = `127.0.0.1:${grpcPort}`;
    const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    // Production processes need verification keys; one client at full speed must not meet the per-client limit.
    const keys = JSON.stringify({ keys: [(await generateKeyPairJwk('bench')).publicJwk] });
    const serviceKeys = JSON.stringify({ keys: [(await generateKeyPairJwk('order.bench')).publicJwk] });
    const catalogEnv = { GRPC_PORT: `${grpcPort}`, ADMIN_PORT: `${adminPort}`, DATABASE_URL: databaseUrl, SEED: 'true', AUTH_VERIFICATION_KEYS: keys, SERVICE_VERIFICATION_KEYS: serviceKeys };
    await start('services-catalog', 'services/catalog/src/main.ts', catalogEnv, `http://127.0.0.1:${adminPort}/readyz`, profile);
    const auth = { AUTH_VERIFICATION_KEYS: keys, RATE_LIMIT_POINTS: '0' };
    await start('bff-catalog', 'bff/catalog/src/main.ts', { PORT: `${oursPort}`, CATALOG_SERVICE_ADDR: catalogAddr, PUBLIC_URL, CORS_ORIGINS: 'http://localhost:4200', ...auth }, `http://127.0.0.1:${oursPort}/readyz`, profile);
    await start('peer', 'tools/bench/src/peer/server.ts', { PORT: `${peerPort}`, CATALOG_SERVICE_ADDR: catalogAddr, PUBLIC_URL }, `http://127.0.0.1:${peerPort}/graphql?query=%7B__typename%7D`);
    await start('raw', 'tools/bench/src/raw/server.ts', { PORT: `${rawPort}` }, `http://127.0.0.1:${rawPort}/`);
    return {
      urls: { raw: `http://127.0.0.1:${rawPort}/`, ours: `http://127.0.0.1:${oursPort}/graphql`, peer: `http://127.0.0.1:${peerPort}/graphql` },
      pids: Object.fromEntries(children.map((child) => [child.name, child.process.pid!])),
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

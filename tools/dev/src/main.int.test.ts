// `npm start` as a user runs it: comes up on the embedded PostgreSQL, stops every process on
// SIGTERM, restarts a SIGKILLed service while the shop stays up, and comes up again after a
// SIGKILL left a PostgreSQL cluster behind.
// Needs the web bundles built (`npm test` builds them before the integration tier).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePorts } from '@shop/node-platform';
import { isProcessAlive, readPostmasterPid } from '@shop/services-platform';
import { clusterDirFor } from './cluster-dir.js';
import { isPortFree } from './ports.js';
import { portDefaults, verticals } from './verticals.js';

const root = resolve(import.meta.dirname, '../../..');
let dataDir: string;
let env: NodeJS.ProcessEnv;
let shellPort: number;
let bffPort: number;
let pgPort: number;

function startShop(extraEnv: NodeJS.ProcessEnv = {}): { child: ChildProcess; ready: Promise<string>; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tools/dev/src/main.ts'], { cwd: root, env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const ready = new Promise<string>((resolveReady, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Shop ready: (\S+)/.exec(output);
      if (match) resolveReady(match[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before ready:\n${output}`)));
  });
  return { child, ready, output: () => output };
}

async function productCount(): Promise<number> {
  const answer = await fetch(`http://localhost:${bffPort}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ products(first: 3) { totalCount } }' }),
  });
  return ((await answer.json()) as { data: { products: { totalCount: number } } }).data.products.totalCount;
}

/** The descendant of `pid` whose command line runs `entry`. */
function processRunning(pid: number, entry: string): number | undefined {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,args='], { encoding: 'utf8' });
  const mine = new Set(descendants(pid));
  for (const line of out.trim().split('\n')) {
    const [, found, args] = /^\s*(\d+)\s+(.*)$/.exec(line) ?? [];
    if (mine.has(Number(found)) && args?.includes(entry)) return Number(found);
  }
  return undefined;
}

function descendants(pid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const rows = out.trim().split('\n').map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, ppid] of rows) {
      if (ppid !== parent) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}


async function waitUntil(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'shop-start-'));
  await chmod(dataDir, 0o755); // the embedded cluster runs as the postgres user when we are root
  // Every port of the registry on a free one (other processes on this machine may hold the defaults).
  const variables = [...Object.keys(portDefaults()), 'EMBEDDED_PG_PORT'];
  const free = await findFreePorts(variables.length);
  const ports = Object.fromEntries(variables.map((name, index) => [name, free[index]!]));
  [shellPort, bffPort, pgPort] = [ports.SHELL_PORT!, ports.CATALOG_BFF_PORT!, ports.EMBEDDED_PG_PORT!];
  env = { ...process.env, SHOP_DATA_DIR: dataDir, SHOP_SKIP_BUILD: '1', LOG_LEVEL: 'warn',
    ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])) };
  delete env.DATABASE_URL;
});

afterAll(async () => {
  // A failed run may leave the cluster up: stop it (SIGINT = PostgreSQL's fast shutdown).
  const pid = (await readPostmasterPid(join(dataDir, 'postgres'))) ?? 0;
  if (pid && isProcessAlive(pid)) {
    process.kill(pid, 'SIGINT');
    await waitUntil(() => !isProcessAlive(pid), 'PostgreSQL to stop');
  }
  await rm(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('serves the shop, then stops every process on SIGTERM', async () => {
    const shop = startShop();
    const url = await shop.ready;
    expect(url).toBe(`http://localhost:${shellPort}`);
    const manifest = (await (await fetch(`${url}/manifest.json`)).json()) as { apps: Array<{ name: string }> };
    expect(manifest.apps.map((app) => app.name)).toContain('catalog');
    // Every service of the registry is up (user, catalog, payment, …) and shares the dev keys.
    for (const name of verticals.filter((vertical) => vertical.service).map((vertical) => `${vertical.name.toUpperCase()}_ADMIN_PORT`)) {
      expect((await fetch(`http://localhost:${env[name]}/readyz`)).status).toBe(200);
    }
    expect(await productCount()).toBeGreaterThanOrEqual(60);

    const processes = descendants(shop.child.pid!);
    expect(processes.length).toBeGreaterThanOrEqual(5);
    shop.child.kill('SIGTERM');
    const [code] = await once(shop.child, 'exit');
    expect(code).toBe(0);
    await waitUntil(() => processes.every((pid) => !isProcessAlive(pid)), 'every child to exit');
    expect(await isPortFree(pgPort)).toBe(true);
  }, 120_000);

  it('restarts a SIGKILLed service with backoff; the shop stays up and serves again', async () => {
    const shop = startShop();
    await shop.ready;
    const entry = 'services/catalog/src/main.ts';
    const first = processRunning(shop.child.pid!, entry)!;
    expect(first).toBeGreaterThan(0);
    process.kill(first, 'SIGKILL');
    await waitUntil(() => shop.output().includes('services-catalog is ready again'), 'the service to be restarted and ready');
    expect(shop.output()).toContain('[supervisor] services-catalog exited (signal SIGKILL); restart #1 in 0.5 s');
    expect(shop.output()).not.toContain('stopping the shop');
    expect(shop.child.exitCode).toBeNull();
    const second = processRunning(shop.child.pid!, entry);
    expect(second).toBeGreaterThan(0);
    expect(second).not.toBe(first);
    // The BFF reconnects by itself (its channel's reconnect backoff is capped).
    await waitUntil(() => productCount().then((count) => count >= 60, () => false), 'the BFF to answer again', 5_000);

    shop.child.kill('SIGTERM');
    expect((await once(shop.child, 'exit'))[0]).toBe(0);
    expect(shop.output()).not.toContain('restart #2');
  }, 120_000);

  it('keeps the cluster under /var/tmp when the data dir sits in a 0700 folder', async () => {
    const closed = await mkdtemp(join(tmpdir(), 'shop-private-data-'));
    const privateData = join(closed, '.data');
    const clusterDir = await clusterDirFor(privateData);
    try {
      const shop = startShop({ SHOP_DATA_DIR: privateData });
      await shop.ready;
      expect(shop.output()).toContain(`(data in ${clusterDir})`);
      if (process.getuid?.() === 0) expect(clusterDir).toMatch(/^\/var\/tmp\/shop-postgres-[0-9a-f]{12}$/);
      expect(await productCount()).toBeGreaterThanOrEqual(60);
      shop.child.kill('SIGTERM');
      expect((await once(shop.child, 'exit'))[0]).toBe(0);
    } finally {
      await rm(closed, { recursive: true, force: true });
      await rm(clusterDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('comes up again after a SIGKILL left PostgreSQL running, reusing the data', async () => {
    const first = startShop();
    await first.ready;
    const countBefore = await productCount();
    const postmasterPid = (await readPostmasterPid(join(dataDir, 'postgres')))!;
    const services = descendants(first.child.pid!).filter((pid) => pid !== postmasterPid && !descendants(postmasterPid).includes(pid));
    first.child.kill('SIGKILL');
    await once(first.child, 'exit');
    await waitUntil(() => services.every((pid) => !isProcessAlive(pid)), 'the orphaned services to exit by themselves');
    expect(isProcessAlive(postmasterPid)).toBe(true);

    const second = startShop();
    await second.ready;
    expect(await productCount()).toBe(countBefore);
    second.child.kill('SIGTERM');
    expect((await once(second.child, 'exit'))[0]).toBe(0);
    expect(isProcessAlive(postmasterPid)).toBe(false);
  }, 180_000);
});

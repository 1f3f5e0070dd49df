// `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), every service, BFF, sub-app and
// the shell, started in order and stopped cleanly on Ctrl-C/SIGTERM. Once ready, a child that
// exits is restarted with backoff (supervisor.ts); only repeated crashes stop the shop. Children exit on their own
// if this process is SIGKILLed (their stdin closes); a PostgreSQL cluster left running by a
// SIGKILL is detected and stopped by startEmbeddedPostgres on the next start.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { loadConfigOrExit } from '@shop/node-platform';
import { isProcessAlive, readPostmasterPid, startEmbeddedPostgres } from '@shop/services-platform';
import { seedAccounts } from '@shop/services-user';
import { startChild } from './child.js';
import { clusterDirFor } from './cluster-dir.js';
import { readDevConfig } from './config.js';
import { localManifest, writeManifest } from './manifest.js';
import { findBusyPorts } from './ports.js';
import { shopProcesses } from './processes.js';
import { supervise } from './supervisor.js';
import { waitReady } from './wait-ready.js';

const root = resolve(import.meta.dirname, '../../..');
// In start order; each is a supervisor once its process was ready.
const children: Array<{ stop(): Promise<void> }> = [];
let stopDatabase: (() => Promise<void>) | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log('Stopping the shop…');
    for (const child of [...children].reverse()) await child.stop();
    await stopDatabase?.().catch((error: unknown) => console.error('PostgreSQL did not stop cleanly:', error));
  }
  process.exit(code);
}

async function buildWeb(): Promise<void> {
  const build = spawn('npm', ['run', 'build:web'], { cwd: root, stdio: 'inherit' });
  const [code] = (await once(build, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`building the web bundles failed (exit ${code})`);
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void shutdown(0));
  const config = loadConfigOrExit(() => readDevConfig(process.env));
  const dataDir = resolve(root, config.SHOP_DATA_DIR);
  const manifestPath = join(dataDir, 'manifest.json');
  const context = { databaseUrl: '', manifestPath, keysDir: join(dataDir, 'keys') };
  const planned = shopProcesses(config, context);
  const unknown = config.SHOP_SKIP.filter((name) => !planned.some((spec) => spec.name === name));
  if (unknown.length) {
    console.error(`SHOP_SKIP names no process: ${unknown.join(', ')} (known: ${planned.map((spec) => spec.name).join(', ')})`);
    process.exit(1);
  }
  const started = (spec: { name: string }) => !config.SHOP_SKIP.includes(spec.name);
  const clusterDir = await clusterDirFor(dataDir);
  // A cluster a SIGKILLed run left on our data dir holds its port; startEmbeddedPostgres stops it.
  const staleCluster = await readPostmasterPid(clusterDir).then((pid) => pid !== undefined && isProcessAlive(pid));
  const checkPg = !config.DATABASE_URL && !staleCluster;
  const ports = Object.assign({}, ...planned.filter(started).map((spec) => spec.ports), checkPg ? { EMBEDDED_PG_PORT: config.EMBEDDED_PG_PORT } : {});
  const busy = await findBusyPorts(ports);
  if (busy) {
    console.error(busy);
    process.exit(1);
  }

  if (config.SHOP_SKIP_BUILD === '0') await buildWeb();
  await writeManifest(manifestPath, localManifest(config));
  let databaseUrl = config.DATABASE_URL;
  if (!databaseUrl) {
    const database = await startEmbeddedPostgres({
      dataDir: clusterDir,
      port: config.EMBEDDED_PG_PORT,
      // Say where the binaries run from when they had to be copied, and what a stale cluster got.
      onLog: (line) => /^(copied|running PostgreSQL from|cleared stale)/.test(line) && console.log(`[postgres] ${line}`),
    });
    stopDatabase = database.stop;
    databaseUrl = database.url;
    console.log(`[postgres] embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (data in ${clusterDir})`);
  }
  for (const spec of shopProcesses(config, { ...context, databaseUrl }).filter(started)) {
    if (stopping) return;
    const launch = () => startChild(spec.name, spec.entry, spec.env, root);
    const first = launch();
    children.push(first);
    await waitReady(spec.readyUrl, first.exited).catch((error: Error) => {
      throw new Error(`${spec.name} ${error.message}`);
    });
    // From here on a crash is restarted with backoff (restart-policy.ts), not fatal.
    children[children.indexOf(first)] = supervise({
      name: spec.name,
      first,
      start: launch,
      waitReady: (child) => waitReady(spec.readyUrl, child.exited),
      shuttingDown: () => stopping,
      onGiveUp: (message) => {
        console.error(message);
        void shutdown(1);
      },
    });
  }
  if (config.SHOP_SKIP.length) console.log(`not started (SHOP_SKIP): ${config.SHOP_SKIP.join(', ')}`);
  console.log(`\nShop ready: http://localhost:${config.SHELL_PORT}\n`);
  if (started({ name: 'services-user' }) && planned.some((spec) => spec.name === 'services-user')) {
    const accounts = seedAccounts.map((account) => `  ${account.email} / ${account.password} (${account.role})`);
    console.log(`Development accounts (seeded; change them in production):\n${accounts.join('\n')}\n`);
  }
}

main().catch(async (error: unknown) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});

// The catalog service dies under load and comes back (as `npm start`'s supervisor restarts it):
// the real service is a child process we SIGKILL, the BFF talks to it over real gRPC. During the
// outage every answer is a typed UNAVAILABLE within the deadline; once the service is back on the
// same port, GraphQL and /readyz recover by themselves within 5 s.
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { findFreePorts } from '@shop/node-platform';
import { createTestDatabase, type TestDatabase } from '@shop/services-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCatalogBff, type RunningCatalogBff } from './app.js';

const root = resolve(import.meta.dirname, '../../..');
const QUERY = JSON.stringify({ query: '{ products(first: 5) { totalCount } }' });
const DEADLINE_MS = 2000; // the BFF → service deadline (DESIGN.md "Operations")
// "No hang past the deadline": an answer may take the deadline plus scheduling noise on a loaded
// 2-core machine, never the 10 s a call waiting for the service would.
const LONGEST_ANSWER_MS = 2 * DEADLINE_MS;
// Long enough for the channels' reconnect backoff to reach its cap (0.2 s × 1.6ⁿ up to 2 s);
// bff/platform's reconnect.int.test.ts checks the backoff itself, attempt by attempt.
const OUTAGE_MS = 8_000;

interface Answer {
  sentAt: number;
  tookMs: number;
  status: number;
  ok: boolean;
  codes: string[];
}

let database: TestDatabase;
let grpcPort: number;
let adminPort: number;
let service: ChildProcess | undefined;
let bff: RunningCatalogBff;

/** Starts `services/catalog/src/main.ts` as its own process and waits for its /readyz. */
async function startService(): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'services/catalog/src/main.ts'], {
    cwd: root,
    env: { ...process.env, GRPC_PORT: `${grpcPort}`, ADMIN_PORT: `${adminPort}`, CATALOG_DATABASE_URL: database.url,
      SEED: 'true', NODE_ENV: 'test', LOG_LEVEL: 'warn', SHOP_EXIT_WITH_PARENT: '1' },
    stdio: ['pipe', 'inherit', 'inherit'],
  });
  service = child;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(50)) {
    if (child.exitCode !== null) throw new Error(`catalog service exited (${child.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${adminPort}/readyz`).then((r) => r.ok, () => false);
    if (ready) return Date.now();
  }
  throw new Error('catalog service not ready after 60 s');
}

async function ask(): Promise<Answer> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`${bff.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY, signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json()) as { data?: { products?: { totalCount: number } } | null; errors?: Array<{ extensions?: { code?: string } }> };
    return { sentAt, tookMs: Date.now() - sentAt, status: response.status, ok: (body.data?.products?.totalCount ?? 0) > 0 && !body.errors,
      codes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'NONE') };
  } catch (error) {
    // A dropped or hung HTTP exchange is a finding too: keep it for the assertions below.
    return { sentAt, tookMs: Date.now() - sentAt, status: 0, ok: false, codes: [`FETCH_FAILED: ${(error as Error).message}`] };
  }
}

/** Keeps `workers` requests in flight, and probes /readyz as an orchestrator would, until stopped. */
function load(workers: number): { stop(): Promise<Answer[]> } {
  const answers: Answer[] = [];
  let running = true;
  const loops = Array.from({ length: workers }, async () => {
    while (running) {
      answers.push(await ask());
      await sleep(20);
    }
  });
  const probe = (async () => {
    while (running) {
      await fetch(`${bff.url}/readyz`).catch(() => undefined);
      await sleep(250);
    }
  })();
  return { stop: async () => ((running = false), await Promise.all([...loops, probe]), answers) };
}

async function firstTime(what: () => Promise<boolean>, limitMs: number): Promise<number | undefined> {
  for (const deadline = Date.now() + limitMs; Date.now() < deadline; await sleep(25)) if (await what()) return Date.now();
  return undefined;
}

beforeAll(async () => {
  database = await createTestDatabase('catalog');
  [grpcPort, adminPort] = (await findFreePorts(2)) as [number, number];
  await startService();
  bff = await startCatalogBff({ catalogServiceAddr: `127.0.0.1:${grpcPort}`, corsOrigins: ['http://localhost:4200'], nodeEnv: 'test', logLevel: 'silent' });
});
afterAll(async () => {
  await bff?.stop();
  if (service && service.exitCode === null) {
    service.kill('SIGTERM');
    await once(service, 'exit');
  }
  await database?.drop();
});

describe('catalog service killed under load, then restarted', () => {
  it('answers only typed UNAVAILABLE while it is down, and recovers within 5 s of it being back', async () => {
    expect((await ask()).ok).toBe(true);
    const traffic = load(4);
    await sleep(500);
    const killed = service!;
    killed.kill('SIGKILL');
    await once(killed, 'exit');
    const downAt = Date.now();
    await sleep(OUTAGE_MS);
    const backAt = await startService();
    const servedAt = await firstTime(async () => (await ask()).ok, 10_000);
    const readyAt = await firstTime(() => fetch(`${bff.url}/readyz`).then((r) => r.status === 200, () => false), 10_000);
    await sleep(300);
    const answers = await traffic.stop();
    console.log(`service back ${backAt - downAt} ms after the kill; recovered after: GraphQL ${servedAt! - backAt} ms, /readyz ${readyAt! - backAt} ms`);

    // Recovery, measured from the moment the restarted service answered its own /readyz.
    expect(servedAt, 'GraphQL served again').toBeDefined();
    expect(servedAt! - backAt).toBeLessThanOrEqual(5_000);
    expect(readyAt, '/readyz ready again').toBeDefined();
    expect(readyAt! - backAt).toBeLessThanOrEqual(5_000);

    // The outage: requests sent after the kill and before the service came back.
    const outage = answers.filter((a) => a.sentAt > downAt && a.sentAt + a.tookMs < backAt);
    expect(outage.length).toBeGreaterThan(20);
    for (const answer of outage) {
      const seen = JSON.stringify(answer);
      expect(answer.status, seen).toBe(200); // GraphQL errors over HTTP 200, as the platform answers them
      expect(answer.codes.length, seen).toBeGreaterThan(0);
      expect(new Set(answer.codes), seen).toEqual(new Set(['UNAVAILABLE']));
    }
    // Nothing hangs past the deadline, nothing is a 500, before, during or after.
    for (const answer of answers) {
      const seen = JSON.stringify({ ...answer, sinceKill: answer.sentAt - downAt, sinceBack: answer.sentAt - backAt });
      expect(answer.status, seen).not.toBe(500);
      expect(answer.tookMs, seen).toBeLessThan(LONGEST_ANSWER_MS);
      expect(answer.ok || answer.codes.every((code) => code === 'UNAVAILABLE'), seen).toBe(true);
    }
    expect(answers.at(-1)?.ok).toBe(true);
  }, 90_000);
});

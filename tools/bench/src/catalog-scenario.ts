// The catalog scenario of `npm run bench`: our catalog BFF vs a peer (fastify + mercurius + JIT)
// vs raw node:http, in one process tree and one run, every variant in every round. Prints rps,
// p99 and the ratios ours/peer and ours/raw.
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Measurement, measure, type Target } from './load.js';
import { renderReport, summarize } from './report.js';
import { startStack } from './stack.js';
import { PRODUCTS_QUERY } from './query.js';
import { sameProducts } from './verify.js';

export interface CatalogOptions {
  seconds: number;
  warmupSeconds: number;
  rounds: number;
  connections: number;
  profile: boolean;
}

/** Runs the scenario and prints its report. */
export async function runCatalogScenario(options: CatalogOptions): Promise<void> {
  const env = { BENCH_ROUNDS: options.rounds, BENCH_WARMUP_SECONDS: options.warmupSeconds, BENCH_SECONDS: options.seconds, BENCH_CONNECTIONS: options.connections };
  const profileDir = options.profile ? resolve('.data/profiles') : undefined;
  if (profileDir) await mkdir(profileDir, { recursive: true });
  const stack = await startStack(profileDir);
  try {
    await sameProducts(stack.urls.ours, stack.urls.peer, PRODUCTS_QUERY);
    const targets: Target[] = [
      { name: 'raw node:http hello', url: stack.urls.raw, method: 'GET' },
      { name: 'ours: bff-catalog products(20)', url: stack.urls.ours, method: 'POST', body: PRODUCTS_QUERY },
      { name: 'peer: mercurius+jit products(20)', url: stack.urls.peer, method: 'POST', body: PRODUCTS_QUERY },
    ];
    console.log(`bench: ${env.BENCH_ROUNDS} rounds × ${targets.length} variants, -c ${env.BENCH_CONNECTIONS}, ${env.BENCH_WARMUP_SECONDS}s warm-up + ${env.BENCH_SECONDS}s each`);
    const rounds: Record<string, Measurement>[] = [];
    for (let round = 1; round <= env.BENCH_ROUNDS; round++) {
      const results: Record<string, Measurement> = {};
      for (const target of targets) {
        if (env.BENCH_WARMUP_SECONDS) await measure(target, env.BENCH_WARMUP_SECONDS, env.BENCH_CONNECTIONS);
        const result = await measure(target, env.BENCH_SECONDS, env.BENCH_CONNECTIONS);
        results[target.name] = result;
        const failures = result.errors + result.non2xx ? `  (${result.errors} errors, ${result.non2xx} non-2xx)` : '';
        console.log(`round ${round}  ${target.name.padEnd(34)} ${Math.round(result.rps)} rps  p99 ${result.p99} ms${failures}`);
      }
      rounds.push(results);
    }
    const [raw, ours, peer] = targets.map((target) => target.name) as [string, string, string];
    console.log(`\nmedian over ${env.BENCH_ROUNDS} rounds\n${renderReport(summarize(rounds), ours, peer, raw)}`);
    if (profileDir) console.log(`CPU profiles of our BFF and the catalog service (file names carry the pid): ${profileDir}`);
  } finally {
    await stack.stop();
  }
}

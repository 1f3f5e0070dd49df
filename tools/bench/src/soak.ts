// `npm run bench:soak`: our BFF and the catalog service under steady load for a while, sampled
// per interval. A long-lived process whose CPU per request or memory climbs shows up here
// (DESIGN.md saw one catalog process go from ≈135 to ≈400 µs/request over 20 minutes).
import { resolve } from 'node:path';
import { z } from 'zod';
import { measure } from './load.js';
import { PRODUCTS_QUERY } from './query.js';
import { sampleProcess, type ProcSample } from './proc-stat.js';
import { startStack } from './stack.js';

const env = z
  .object({
    SOAK_MINUTES: z.coerce.number().min(0.5).max(30).default(5),
    SOAK_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(120).default(30),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(200).default(50),
    BENCH_PROFILE: z.enum(['0', '1']).default('0'),
  })
  .parse(process.env);

const stack = await startStack(env.BENCH_PROFILE === '1' ? resolve('.data/profiles') : undefined);
const watched = ['bff-catalog', 'services-catalog'] as const;
const sampleAll = async () =>
  Object.fromEntries(await Promise.all(watched.map(async (name) => [name, await sampleProcess(stack.pids[name]!)] as const))) as Record<
    (typeof watched)[number],
    ProcSample
  >;
try {
  const intervals = Math.max(1, Math.round((env.SOAK_MINUTES * 60) / env.SOAK_INTERVAL_SECONDS));
  console.log(`soak: ${intervals} × ${env.SOAK_INTERVAL_SECONDS}s of products(first: 20), -c ${env.BENCH_CONNECTIONS}`);
  console.log('interval      rps   bff µs/req  service µs/req   bff RSS MB  service RSS MB');
  const perRequest: Array<Record<string, number>> = [];
  for (let interval = 1; interval <= intervals; interval++) {
    const before = await sampleAll();
    const result = await measure({ name: 'ours', url: stack.urls.ours, method: 'POST', body: PRODUCTS_QUERY }, env.SOAK_INTERVAL_SECONDS, env.BENCH_CONNECTIONS);
    const after = await sampleAll();
    const requests = result.rps * env.SOAK_INTERVAL_SECONDS;
    const cost = Object.fromEntries(watched.map((name) => [name, (after[name].cpuMicros - before[name].cpuMicros) / requests]));
    perRequest.push(cost);
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0).padStart(10);
    console.log(
      `${String(interval).padStart(8)} ${Math.round(result.rps).toString().padStart(8)} ${cost['bff-catalog']!.toFixed(0).padStart(12)} ${cost['services-catalog']!.toFixed(0).padStart(15)} ${mb(after['bff-catalog'].rssBytes)}   ${mb(after['services-catalog'].rssBytes)}`,
    );
  }
  const first = perRequest[0]!;
  const last = perRequest[perRequest.length - 1]!;
  for (const name of watched) console.log(`${name}: CPU per request last/first = ${(last[name]! / first[name]!).toFixed(2)}`);
} finally {
  await stack.stop();
}

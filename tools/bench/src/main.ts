// `npm run bench`: the catalog read path against a peer and raw node:http, then the checkout
// path (orders/s, p99, oversold). Never part of `npm test`; never fails on a slow result.
import { z } from 'zod';
import { runCatalogScenario } from './catalog-scenario.js';
import { runCheckoutScenario } from './checkout/scenario.js';

const env = z
  .object({
    BENCH_SECONDS: z.coerce.number().int().min(1).max(60).default(10),
    BENCH_WARMUP_SECONDS: z.coerce.number().int().min(0).max(30).default(3),
    BENCH_ROUNDS: z.coerce.number().int().min(1).max(5).default(2),
    BENCH_CONNECTIONS: z.coerce.number().int().min(1).max(200).default(50),
    BENCH_PROFILE: z.enum(['0', '1']).default('0'),
    BENCH_SCENARIOS: z.string().regex(/^(catalog|checkout)(,(catalog|checkout))*$/, { error: 'expected BENCH_SCENARIOS like "catalog,checkout"' }).default('catalog,checkout'),
    BENCH_CHECKOUT_SHOPPERS: z.coerce.number().int().min(100).max(50_000).default(7000),
  })
  .parse(process.env);

const scenarios = new Set(env.BENCH_SCENARIOS.split(','));
const timing = { seconds: env.BENCH_SECONDS, warmupSeconds: env.BENCH_WARMUP_SECONDS, rounds: env.BENCH_ROUNDS, connections: env.BENCH_CONNECTIONS };
if (scenarios.has('catalog')) await runCatalogScenario({ ...timing, profile: env.BENCH_PROFILE === '1' });
if (scenarios.has('checkout')) await runCheckoutScenario({ ...timing, shoppers: env.BENCH_CHECKOUT_SHOPPERS });

// Micro-benchmark of ListProducts inside the catalog process (no gRPC transport, no BFF): CPU µs
// per call of this process (handler + postgres.js + row mapping), the raw hot path against the
// previous drizzle implementation, interleaved in rounds on one scratch database.
// Usage: DATABASE_URL=postgres://postgres@127.0.0.1:5432 npx tsx services/catalog/src/bench/list-products-micro.ts
import type { ListProductsRequest, ListProductsResponse } from '@shop/contracts/catalog/v1';
import { connectDatabase, runMigrations, type CallContext } from '@shop/services-platform';
import { createTestDatabase } from '@shop/services-platform/testing';
import { catalogMigrationsFolder, schema } from '../db/client.js';
import { createListProductsQuery } from '../db/list-products-query.js';
import { seedCatalog } from '../db/seed/seed.js';
import { listProductsHandler } from '../handlers/list-products.js';
import { referenceListProducts } from '../testing/list-products-reference.js';

type List = (request: ListProductsRequest) => Promise<ListProductsResponse>;
const calls = Number(process.env.MICRO_CALLS ?? 3000);
const rounds = Number(process.env.MICRO_ROUNDS ?? 5);
const concurrency = Number(process.env.MICRO_CONCURRENCY ?? 16);

async function cpuPerCall(list: List, request: ListProductsRequest): Promise<number> {
  const cpu = process.cpuUsage();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < calls) await list(request);
    }),
  );
  const used = process.cpuUsage(cpu);
  return (used.user + used.system) / calls;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const database = await createTestDatabase('catalog');
const connection = await connectDatabase({ url: database.serverUrl, database: database.name, schema });
try {
  await runMigrations(connection.db, catalogMigrationsFolder);
  await seedCatalog(connection.db);
  const handler = listProductsHandler(createListProductsQuery(connection.sql));
  const variants: Record<string, List> = {
    drizzle: referenceListProducts(connection.db),
    raw: (request) => handler(request, {} as CallContext),
  };
  const first = { pageSize: 20, pageToken: '', category: '', query: '' };
  const shapes: Record<string, ListProductsRequest> = {
    'first page': first,
    category: { ...first, category: 'books' },
    search: { ...first, query: 'a' },
    'second page': { ...first, pageToken: (await variants.raw!(first)).nextPageToken },
  };
  for (const list of Object.values(variants)) for (const request of Object.values(shapes)) for (let i = 0; i < 500; i++) await list(request);
  for (const [label, request] of Object.entries(shapes)) {
    const samples: Record<string, number[]> = { drizzle: [], raw: [] };
    for (let round = 0; round < rounds; round++) {
      for (const [name, list] of Object.entries(variants)) samples[name]!.push(await cpuPerCall(list, request));
    }
    const [before, after] = [median(samples.drizzle!), median(samples.raw!)];
    console.log(
      `${label.padEnd(12)} drizzle ${before.toFixed(1).padStart(6)} µs  raw ${after.toFixed(1).padStart(6)} µs  (${((1 - after / before) * 100).toFixed(0)} % less CPU)`,
    );
  }
} finally {
  await connection.close();
  await database.drop();
}

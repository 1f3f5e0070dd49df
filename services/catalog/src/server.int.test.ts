import { credentials } from '@grpc/grpc-js';
import { connectDatabase, createLogger, splitDatabaseUrl } from '@shop/services-platform';
import { createTestAuthEnv, createTestDatabase } from '@shop/services-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { schema } from './db/client.js';
import { seedCatalog } from './db/seed/seed.js';
import { startCatalogService, type RunningCatalogService } from './server.js';
import { checkHealth } from '@shop/services-platform/testing';

describe('catalog service process surface', () => {
  let service: RunningCatalogService;
  let drop: () => Promise<void>;
  let databaseUrl: string;

  let keys: Record<string, string>;
  beforeAll(async () => {
    keys = (await createTestAuthEnv()).env;
    const db = await createTestDatabase('catalog');
    drop = db.drop;
    databaseUrl = db.url;
    service = await startCatalogService(
      { grpcPort: 0, adminPort: 0, databaseUrl: db.url, seed: false, env: keys },
      createLogger('catalog-test', 'silent'),
    );
  });
  afterAll(async () => {
    await service?.stop();
    await drop?.();
  });

  it('reports SERVING on the gRPC health service, overall and for CatalogService', async () => {
    const address = `127.0.0.1:${service.grpcPort}`;
    expect(await checkHealth(address, '', credentials.createInsecure())).toBe('SERVING');
    expect(await checkHealth(address, 'shop.catalog.v1.CatalogService', credentials.createInsecure())).toBe('SERVING');
  });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`http://127.0.0.1:${service.adminPort}/healthz`);
    expect(health.status).toBe(200);
    // The version comes from the package (a release bumps it), not from a constant in code.
    expect(await health.json()).toMatchObject({ status: 'ok', version: packageJson.version, uptimeSeconds: expect.any(Number) });
    const ready = await fetch(`http://127.0.0.1:${service.adminPort}/readyz`);
    expect(ready.status).toBe(200);
    const metrics = await fetch(`http://127.0.0.1:${service.adminPort}/metrics`);
    expect(await metrics.text()).toContain('process_cpu_seconds_total');
  });

  it('seeds idempotently: a second run keeps the same counts and ids', async () => {
    const { serverUrl, database } = splitDatabaseUrl(databaseUrl);
    const connection = await connectDatabase({ url: serverUrl, database, schema });
    try {
      const first = await seedCatalog(connection.db);
      const before = await connection.db.select().from(schema.products).orderBy(schema.products.slug);
      const second = await seedCatalog(connection.db);
      const after = await connection.db.select().from(schema.products).orderBy(schema.products.slug);
      expect(second).toEqual(first);
      expect(first.products).toBeGreaterThanOrEqual(60);
      expect(first.categories).toBeGreaterThanOrEqual(6);
      expect(after).toEqual(before);
      expect(after.filter((p) => p.stock === 0).length).toBeGreaterThanOrEqual(5);
      expect(await connection.db.$count(schema.categories)).toBe(first.categories);
    } finally {
      await connection.close();
    }
  });

  it('stops: admin and gRPC refuse connections afterwards', async () => {
    const db = await createTestDatabase('catalog');
    const other = await startCatalogService(
      { grpcPort: 0, adminPort: 0, databaseUrl: db.url, env: keys },
      createLogger('catalog-test', 'silent'),
    );
    const address = `127.0.0.1:${other.grpcPort}`;
    expect(await checkHealth(address, '', credentials.createInsecure())).toBe('SERVING');
    await other.stop();
    await expect(fetch(`http://127.0.0.1:${other.adminPort}/healthz`)).rejects.toThrow();
    await expect(checkHealth(address, '', credentials.createInsecure())).rejects.toMatchObject({ code: 14 });
    await db.drop();
  });

  it('two replicas starting together on one empty database both come up (migrations + seed take turns)', async () => {
    const db = await createTestDatabase('catalog');
    const logger = createLogger('catalog-test', 'silent');
    const start = () => startCatalogService({ grpcPort: 0, adminPort: 0, databaseUrl: db.url, seed: true, env: keys }, logger);
    const results = await Promise.allSettled([start(), start()]);
    try {
      expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
      for (const result of results) {
        if (result.status !== 'fulfilled') continue;
        expect(await checkHealth(`127.0.0.1:${result.value.grpcPort}`, '', credentials.createInsecure())).toBe('SERVING');
        expect((await fetch(`http://127.0.0.1:${result.value.adminPort}/readyz`)).status).toBe(200);
      }
    } finally {
      await Promise.all(results.map((r) => (r.status === 'fulfilled' ? r.value.stop() : undefined)));
      await db.drop();
    }
  });

  it('binds gRPC and admin to loopback unless told otherwise', async () => {
    const db = await createTestDatabase('catalog');
    const other = await startCatalogService({ grpcPort: 0, adminPort: 0, databaseUrl: db.url, env: keys }, createLogger('catalog-test', 'silent'));
    try {
      const { networkInterfaces } = await import('node:os');
      const external = Object.values(networkInterfaces())
        .flat()
        .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;
      if (external) {
        await expect(fetch(`http://${external}:${other.adminPort}/healthz`)).rejects.toThrow();
        await expect(checkHealth(`${external}:${other.grpcPort}`, '', credentials.createInsecure())).rejects.toMatchObject({ code: 14 });
      }
      expect((await fetch(`http://127.0.0.1:${other.adminPort}/healthz`)).status).toBe(200);
    } finally {
      await other.stop();
      await db.drop();
    }
  });
});

// A BFF's gRPC channels reconnect on a short leash after their service went away: real sockets,
// a real grpc-js server. While the service is down, a plain TCP listener on its port records
// every connection attempt (and drops it), so the test sees the client's reconnect backoff itself.
// grpc-js's defaults (1 s × 1.6ⁿ up to 120 s) leave gaps of 3.3–4.9 s within 12 s down; ours stay ≤ 2.4 s.
import { createServer, type Server as NetServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeGenericClientConstructor, Server, ServerCredentials, type Client } from '@grpc/grpc-js';
import { HealthImplementation, service as healthService } from 'grpc-health-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isChannelReady } from './channel-ready.js';
import { closeGrpcClient, createGrpcClient, type GrpcClientCtor } from './client.js';
import { createHealthCheck } from './health-check.js';

const SERVICE = 'shop.test.v1.Probe';
const DOWN_MS = 12_000;
const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function startGrpc(port = 0): Promise<{ port: number; stop(): void }> {
  const server = new Server();
  new HealthImplementation({ [SERVICE]: 'SERVING' }).addToServer(server);
  const bound = await new Promise<number>((resolve, reject) =>
    server.bindAsync(`127.0.0.1:${port}`, ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))),
  );
  return { port: bound, stop: () => server.forceShutdown() };
}

/** Takes the port over with a listener that notes and drops every connection attempt. */
async function recordAttempts(port: number): Promise<{ attempts: number[]; close(): Promise<void> }> {
  const attempts: number[] = [];
  const server: NetServer = createServer((socket) => {
    attempts.push(Date.now());
    socket.destroy();
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { attempts, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Serves, then takes the service down for DOWN_MS while the probe keeps asking, then brings it
 * back on the same port: returns the largest gap between reconnect attempts and how long the
 * probe took to pass again.
 */
async function outage(probeFor: (address: string) => () => Promise<boolean>): Promise<{ maxGapMs: number; attempts: number; recoveredMs: number }> {
  const first = await startGrpc();
  const probe = probeFor(`127.0.0.1:${first.port}`);
  expect(await probe()).toBe(true);
  first.stop();
  const recorder = await recordAttempts(first.port);
  for (const until = Date.now() + DOWN_MS; Date.now() < until; ) {
    await probe();
    await sleep(100);
  }
  await recorder.close();
  const again = await startGrpc(first.port);
  cleanups.push(() => again.stop());
  const backAt = Date.now();
  while (!(await probe())) await sleep(50);
  const times = recorder.attempts;
  const gaps = times.slice(1).map((t, i) => t - times[i]!);
  return { maxGapMs: Math.max(...gaps), attempts: times.length, recoveredMs: Date.now() - backAt };
}

describe('reconnect backoff after the service went away', () => {
  it('the service client (createGrpcClient) retries at least every 2.4 s and is ready soon after', async () => {
    const Health = makeGenericClientConstructor(healthService, 'Health') as unknown as GrpcClientCtor<Client>;
    const result = await outage((address) => {
      const client = createGrpcClient(Health, address);
      cleanups.push(() => closeGrpcClient(client));
      return () => isChannelReady(client, 500);
    });
    expect(result.attempts).toBeGreaterThan(3);
    expect(result.maxGapMs).toBeLessThanOrEqual(3_000);
    expect(result.recoveredMs).toBeLessThanOrEqual(5_000);
  }, 30_000);

  it('the /readyz health check retries at least every 2.4 s and is ready soon after', async () => {
    const result = await outage((address) => {
      const health = createHealthCheck(address, SERVICE);
      cleanups.push(() => health.close());
      return () => health.check(500);
    });
    expect(result.attempts).toBeGreaterThan(3);
    expect(result.maxGapMs).toBeLessThanOrEqual(3_000);
    expect(result.recoveredMs).toBeLessThanOrEqual(5_000);
  }, 30_000);
});

import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createTestAuthEnv, createTestDatabase, type TestAuthEnv, type TestDatabase } from '@shop/services-platform/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const mainFile = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Spawns main.ts with `env` on top of PATH only, stdin piped like the dev orchestrator does. */
function spawnMain(env: Record<string, string>): { child: ChildProcess; stderr: () => string; stdout: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  return { child, stderr: () => stderr, stdout: () => stdout };
}

const exitCode = (child: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => child.once('exit', (code) => resolve(code)));

function listening(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('catalog service listening') && resolve());
    child.once('exit', (code) => reject(new Error(`main exited early with ${code}`)));
  });
}

describe('catalog main', () => {
  let database: TestDatabase;
  let keys: TestAuthEnv['env'];
  beforeAll(async () => {
    database = await createTestDatabase('catalog');
    keys = (await createTestAuthEnv()).env;
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('exits 1 naming every bad variable, without a stack trace', async () => {
    const { child, stderr } = spawnMain({ GRPC_PORT: '70000', LOG_LEVEL: 'loud' });
    child.stdin?.end();
    expect(await exitCode(child)).toBe(1);
    expect(stderr()).toContain('Invalid configuration:');
    expect(stderr()).toContain('GRPC_PORT: expected a port number 0..65535');
    expect(stderr()).toContain('LOG_LEVEL:');
    expect(stderr()).toContain('DATABASE_URL: set DATABASE_URL');
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('in production, stops naming the missing token keys', async () => {
    const { child, stderr } = spawnMain({ CATALOG_DATABASE_URL: database.url, GRPC_PORT: '0', ADMIN_PORT: '0' });
    child.stdin?.end();
    expect(await exitCode(child)).toBe(1);
    expect(stderr()).toContain('AUTH_VERIFICATION_KEYS: required in production');
    expect(stderr()).toContain('SERVICE_VERIFICATION_KEYS: required in production');
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('logs its ports and exits 0 on SIGTERM', async () => {
    const env = { CATALOG_DATABASE_URL: database.url, GRPC_PORT: '0', ADMIN_PORT: '0', ...keys };
    const { child, stdout } = spawnMain(env);
    await listening(child);
    expect(stdout()).toMatch(/catalog service listening grpc=\d+ admin=\d+/);
    const exited = exitCode(child);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('with SHOP_EXIT_WITH_PARENT=1, exits 0 when its stdin closes', async () => {
    const env = { CATALOG_DATABASE_URL: database.url, GRPC_PORT: '0', ADMIN_PORT: '0', SHOP_EXIT_WITH_PARENT: '1', ...keys };
    const { child, stdout } = spawnMain(env);
    await listening(child);
    const exited = exitCode(child);
    child.stdin?.end();
    expect(await exited).toBe(0);
    expect(stdout()).toContain('parent exited');
  });
});

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const mainFile = fileURLToPath(new URL('./main.ts', import.meta.url));

/** Runs main.ts with `env` (on top of PATH only) until it exits; resolves its code and output. */
function runMain(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('catalog main', () => {
  it('exits 1 naming every bad variable, without a stack trace', async () => {
    const { code, stderr } = await runMain({ GRPC_PORT: '70000', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toContain('Invalid configuration:');
    expect(stderr).toContain('GRPC_PORT: expected a port number 0..65535');
    expect(stderr).toContain('LOG_LEVEL:');
    expect(stderr).toContain('DATABASE_URL: set DATABASE_URL');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

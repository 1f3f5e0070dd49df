// The order service as a real child process (main.ts), for tests that kill it.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const mainFile = fileURLToPath(new URL('../main.ts', import.meta.url));

export interface OrderProcess {
  child: ChildProcess;
  /** `127.0.0.1:<grpc port>` once it listens. */
  address: string;
  output(): string;
  /** SIGKILL: no shutdown, no cleanup, connections dropped mid-work. */
  kill(): Promise<void>;
}

/** Starts main.ts with `env` (plus PATH) and resolves once it listens. */
export async function startOrderProcess(env: Record<string, string>): Promise<OrderProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', mainFile], {
    env: { PATH: process.env.PATH ?? '', GRPC_PORT: '0', ADMIN_PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const port = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /order service listening grpc=(\d+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`order service exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    address: `127.0.0.1:${port}`,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

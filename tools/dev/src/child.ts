// One supervised child process: started with tsx, output prefixed, stopped with SIGTERM then SIGKILL.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { formatLogLine } from './log-format.js';

export interface Child {
  name: string;
  process: ChildProcess;
  exited: () => boolean;
  stop(timeoutMs?: number): Promise<void>;
}

/** Starts `entry` with `node --import tsx`; the child exits by itself if we die (stdin closes). */
export function startChild(name: string, entry: string, env: Record<string, string>, cwd: string, nodeArgs: string[] = []): Child {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', entry], {
    cwd,
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', ...env, SHOP_EXIT_WITH_PARENT: '1' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let exited = false;
  child.once('exit', (code, signal) => {
    exited = true;
    if (code !== 0 && signal !== 'SIGTERM') console.error(`[${name}] exited (${signal ?? code})`);
  });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(formatLogLine(name, line)));
  }
  return {
    name,
    process: child,
    exited: () => exited,
    async stop(timeoutMs = 10_000) {
      if (exited) return;
      const done = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      await done;
      clearTimeout(timer);
    },
  };
}

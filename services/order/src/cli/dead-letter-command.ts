// The dead-letter CLI's logic (argv in, text out), apart from the database so it is unit-tested.
import type { DeadLetter } from '@shop/services-platform/jobs';

export interface DeadLetterStore {
  list(): Promise<DeadLetter[]>;
  replay(ids: string[]): Promise<string[]>;
}

const usage = 'usage: dead-letters [list] | replay <id…|all>';

/** Runs `args` against `store`; returns what to print and the exit code. */
export async function runDeadLetterCommand(args: readonly string[], store: DeadLetterStore): Promise<{ output: string; exitCode: number }> {
  const [command = 'list', ...rest] = args;
  if (command === 'list') {
    const letters = await store.list();
    if (letters.length === 0) return { output: 'no dead letters', exitCode: 0 };
    const lines = letters.map((letter) => `${letter.id}\t${letter.task}\t${JSON.stringify(letter.payload)}\tattempts=${letter.attempts}\t${letter.updatedAt}\t${letter.lastError ?? ''}`);
    return { output: ['id\ttask\tpayload\tattempts\tfailed at\tlast error', ...lines].join('\n'), exitCode: 0 };
  }
  if (command === 'replay') {
    const ids = rest.length === 1 && rest[0] === 'all' ? (await store.list()).map((letter) => letter.id) : [...rest];
    if (ids.length === 0 || ids.some((id) => !/^\d+$/.test(id))) return { output: usage, exitCode: 2 };
    const replayed = await store.replay(ids);
    const missing = ids.filter((id) => !replayed.includes(id));
    const output = `replayed ${replayed.length}: ${replayed.join(' ') || '-'}${missing.length ? `\nnot found: ${missing.join(' ')}` : ''}`;
    return { output, exitCode: missing.length ? 1 : 0 };
  }
  return { output: usage, exitCode: 2 };
}

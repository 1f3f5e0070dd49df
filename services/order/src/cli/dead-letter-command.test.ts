import { describe, expect, it } from 'vitest';
import { runDeadLetterCommand, type DeadLetterStore } from './dead-letter-command.js';

const letter = { id: '7', task: 'order_commit_stock', payload: { orderId: 'o-1' }, attempts: 25, lastError: 'UNAVAILABLE', updatedAt: '2026-12-04T03:00:00.000Z' };

function store(letters = [letter]): DeadLetterStore & { replayed: string[][] } {
  const replayed: string[][] = [];
  return { replayed, list: async () => letters, replay: async (ids) => (replayed.push(ids), ids.filter((id) => letters.some((l) => l.id === id))) };
}

describe('dead-letters CLI', () => {
  it('lists dead letters with their task, payload and last error', async () => {
    const { output, exitCode } = await runDeadLetterCommand([], store());
    expect(exitCode).toBe(0);
    expect(output).toContain('7\torder_commit_stock\t{"orderId":"o-1"}\tattempts=25');
    expect(output).toContain('UNAVAILABLE');
    expect((await runDeadLetterCommand(['list'], store([]))).output).toBe('no dead letters');
  });

  it('replays the named ones or all, and says which were not found', async () => {
    const s = store();
    expect(await runDeadLetterCommand(['replay', 'all'], s)).toEqual({ output: 'replayed 1: 7', exitCode: 0 });
    expect(await runDeadLetterCommand(['replay', '7', '9'], s)).toEqual({ output: 'replayed 1: 7\nnot found: 9', exitCode: 1 });
    expect(s.replayed).toEqual([['7'], ['7', '9']]);
  });

  it('refuses anything else with the usage', async () => {
    for (const args of [['replay'], ['replay', 'x'], ['drop']]) expect((await runDeadLetterCommand(args, store())).exitCode).toBe(2);
  });
});

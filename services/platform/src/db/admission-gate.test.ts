import { describe, expect, it } from 'vitest';
import { isDomainError } from '../errors/domain-error.js';
import { createAdmissionGate } from './admission-gate.js';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('createAdmissionGate', () => {
  it('runs up to maxActive at once, queues up to maxWaiting, refuses the rest at once', async () => {
    const gate = createAdmissionGate({ maxActive: 2, maxWaiting: 1 });
    const blockers = [deferred(), deferred(), deferred()];
    const started: number[] = [];
    const runs = blockers.map((b, i) =>
      gate.run(async () => {
        started.push(i);
        await b.promise;
        return i;
      }),
    );
    const refused = await gate.run(async () => 99).catch((e: unknown) => e);
    expect(isDomainError(refused) && refused.kind).toBe('RESOURCE_EXHAUSTED');
    expect(started).toEqual([0, 1]);
    expect([gate.active, gate.waiting]).toEqual([2, 1]);
    blockers[0]!.resolve();
    await runs[0];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    blockers[1]!.resolve();
    blockers[2]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2]);
    expect([gate.active, gate.waiting]).toEqual([0, 0]);
  });

  it('frees the slot when the work throws', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxWaiting: 0 });
    await expect(gate.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    await expect(gate.run(() => { throw new Error('sync'); })).rejects.toThrow('sync');
    expect(await gate.run(async () => 'ok')).toBe('ok');
  });

  it('drops a waiter whose deadline passes (DEADLINE_EXCEEDED) without running it', async () => {
    const gate = createAdmissionGate({ maxActive: 1, maxWaiting: 1 });
    const blocker = deferred();
    const first = gate.run(() => blocker.promise);
    let ran = false;
    const late = await gate
      .run(async () => {
        ran = true;
      }, Date.now() + 10)
      .catch((e: unknown) => e);
    expect(isDomainError(late) && late.kind).toBe('DEADLINE_EXCEEDED');
    expect(gate.waiting).toBe(0);
    blocker.resolve();
    await first;
    expect(ran).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { withConflictRetry } from './with-conflict-retry.js';

const pgError = (code: string) => Object.assign(new Error(code), { code });

describe('withConflictRetry', () => {
  it('runs again after a serialization failure or deadlock, up to the bound', async () => {
    let calls = 0;
    const flaky = () => (++calls < 3 ? Promise.reject(pgError(calls === 1 ? '40001' : '40P01')) : Promise.resolve('ok'));
    expect(await withConflictRetry(flaky, 3)).toBe('ok');
    calls = 0;
    await expect(withConflictRetry(flaky, 2)).rejects.toMatchObject({ code: '40P01' });
    expect(calls).toBe(2);
  });

  it('does not retry other errors', async () => {
    let calls = 0;
    await expect(withConflictRetry(() => (calls++, Promise.reject(pgError('23505'))))).rejects.toMatchObject({ code: '23505' });
    expect(calls).toBe(1);
  });
});

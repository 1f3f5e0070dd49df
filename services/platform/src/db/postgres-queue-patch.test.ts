// postgres.js 3.4.9's internal Queue grows by one slot per query while connections cycle through
// its `busy` queue (queries pipelining) and never runs empty; remove() then scans all of it, so a
// service's CPU per request climbs for as long as it runs. patches/postgres+3.4.9.patch (applied
// by `npm install` through patch-package) compacts the queue. This test fails without the patch.
import { afterEach, describe, expect, it } from 'vitest';

type Queue<T> = { length: number; push(x: T): T; shift(): T | undefined; remove(x: T): T | null };
const queueUrl = new URL('./queue.js', import.meta.resolve('postgres'));
const { default: Queue } = (await import(queueUrl.href)) as { default: <T>() => Queue<T> };

const indexOf = Array.prototype.indexOf;
afterEach(() => {
  Array.prototype.indexOf = indexOf;
});

describe('postgres.js Queue (patched)', () => {
  it('keeps FIFO order and removes what it is asked to', () => {
    const queue = Queue<string>();
    ['a', 'b', 'c', 'd'].forEach((x) => queue.push(x));
    expect(queue.shift()).toBe('a');
    expect(queue.remove('c')).toBe('c');
    expect(queue.remove('zz')).toBeNull();
    expect([queue.shift(), queue.shift(), queue.shift()]).toEqual(['b', 'd', undefined]);
    expect(queue.length).toBe(0);
  });

  it('does not grow while it cycles without ever running empty', () => {
    const queue = Queue<number>();
    for (let c = 0; c < 10; c++) queue.push(c);
    for (let i = 0; i < 100_000; i++) queue.push(queue.shift()!); // a connection back into `busy`
    let scanned = 0;
    Array.prototype.indexOf = function (this: unknown[], ...args: Parameters<typeof indexOf>) {
      scanned = Math.max(scanned, this.length);
      return indexOf.apply(this, args);
    };
    const live = queue.shift()!;
    queue.push(live);
    expect(queue.remove(live)).toBe(live);
    expect(queue.length).toBe(9);
    expect(scanned).toBeLessThan(4096);
  });
});

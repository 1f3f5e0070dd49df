import { describe, expect, it } from 'vitest';
import { BoundedLru } from './bounded-lru.js';

describe('BoundedLru', () => {
  it('evicts the least recently used entry over the entry bound', () => {
    const lru = new BoundedLru<number>(2, 1000);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now newer than b
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('bounds the total key length and ignores a key longer than the bound', () => {
    const lru = new BoundedLru<number>(100, 10);
    lru.set('aaaa', 1);
    lru.set('bbbb', 2);
    lru.set('cccc', 3);
    expect(lru.size).toBe(2);
    expect(lru.get('aaaa')).toBeUndefined();
    lru.set('x'.repeat(11), 4);
    expect(lru.get('x'.repeat(11))).toBeUndefined();
    expect(lru.size).toBe(2);
  });

  it('replaces a key without double counting it', () => {
    const lru = new BoundedLru<number>(100, 8);
    lru.set('aaaa', 1);
    lru.set('aaaa', 2);
    lru.set('bbbb', 3);
    expect(lru.get('aaaa')).toBe(2);
    expect(lru.size).toBe(2);
  });
});

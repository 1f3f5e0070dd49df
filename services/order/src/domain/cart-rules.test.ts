import { describe, expect, it } from 'vitest';
import { isLineQuantity, lineIssues, mergeLines, type StoredLine } from './cart-rules.js';

const line = (productId: string, quantity: number, price = 1000): StoredLine => ({ productId, quantity, acceptedUnitAmountMinor: price });

describe('cart line issues', () => {
  it('flags a missing or sold-out product as out of stock, and nothing else', () => {
    expect(lineIssues(line('a', 2), undefined)).toEqual(['OUT_OF_STOCK']);
    expect(lineIssues(line('a', 2), { stock: 0, unitAmountMinor: 900 })).toEqual(['OUT_OF_STOCK']);
  });

  it('flags short stock and a changed price together', () => {
    expect(lineIssues(line('a', 5), { stock: 3, unitAmountMinor: 1200 })).toEqual(['INSUFFICIENT_STOCK', 'PRICE_CHANGED']);
    expect(lineIssues(line('a', 3), { stock: 3, unitAmountMinor: 1000 })).toEqual([]);
  });

  it('accepts whole quantities from 1 to 99 only', () => {
    for (const ok of [1, 50, 99]) expect(isLineQuantity(ok)).toBe(true);
    for (const bad of [0, -1, 100, 1.5, Number.NaN]) expect(isLineQuantity(bad)).toBe(false);
  });
});

describe('merging a guest cart', () => {
  it('adds quantities, capped by stock and by 99, and keeps the user’s agreed price', () => {
    const stock: Record<string, number> = { a: 4, b: 500, c: 10 };
    const merged = mergeLines([line('a', 3, 1000), line('b', 90, 2000)], [line('a', 3, 1100), line('b', 20), line('c', 2, 700)], (id) => stock[id]);
    expect(merged).toEqual([line('a', 4, 1000), line('b', 99, 2000), line('c', 2, 700)]);
  });

  it('never lowers what the user already had, and keeps an unavailable guest line to be flagged', () => {
    const merged = mergeLines([line('a', 5)], [line('a', 1), line('gone', 2)], (id) => (id === 'a' ? 2 : undefined));
    expect(merged).toEqual([line('a', 5), line('gone', 2)]);
  });
});

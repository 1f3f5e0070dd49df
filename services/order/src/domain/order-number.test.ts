import { describe, expect, it } from 'vitest';
import { isOrderNumber, newOrderNumber } from './order-number.js';

describe('order numbers', () => {
  it('are readable, well-formed and spread out', () => {
    const numbers = Array.from({ length: 2000 }, () => newOrderNumber());
    for (const number of numbers) expect(isOrderNumber(number)).toBe(true);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.join('')).not.toMatch(/[ILOU]/);
  });

  it('come from the random source (not a counter)', () => {
    expect(newOrderNumber(() => new Uint8Array(10))).toBe('0000-0000-00');
    expect(newOrderNumber(() => new Uint8Array(10).fill(31))).toBe('ZZZZ-ZZZZ-ZZ');
  });
});

import { describe, expect, it } from 'vitest';
import { checkDisplayName } from './display-name.js';

describe('checkDisplayName', () => {
  it('trims and folds whitespace', () => {
    expect(checkDisplayName('  Ann   Lee ')).toBe('Ann Lee');
    expect(checkDisplayName('Zoë')).toBe('Zoë');
  });

  it.each([
    ['', /Enter a display name/],
    ['   ', /Enter a display name/],
    ['x'.repeat(81), /at most 80/],
    ['evil\u202Egnp.exe', /not allowed/],
    ['nul\u0000byte', /not allowed/],
  ])('refuses %j on display_name', (raw, message) => {
    expect(() => checkDisplayName(raw)).toThrow(message);
    expect(() => checkDisplayName(raw)).toThrow(expect.objectContaining({ kind: 'INVALID_ARGUMENT', field: 'display_name' }));
  });
});

import { describe, expect, it } from 'vitest';
import { filtersFromQuery, hasFilters, listLocation } from './catalog-filters';

describe('catalog filters', () => {
  it('reads category, q and after, trimming and dropping blanks', () => {
    expect(filtersFromQuery({ category: 'lighting', q: '  lamp ', after: '' })).toEqual({ category: 'lighting', q: 'lamp', after: undefined });
  });

  it('takes the first of repeated keys and ignores nulls', () => {
    expect(filtersFromQuery({ q: ['a', 'b'], category: null })).toEqual({ q: 'a', category: undefined, after: undefined });
  });

  it('builds list locations without empty keys', () => {
    expect(listLocation({ q: 'lamp', category: undefined, after: '' })).toEqual({ name: 'catalog-list', query: { q: 'lamp' } });
  });

  it('does not count a page cursor as a filter', () => {
    expect(hasFilters({ after: 'x' })).toBe(false);
    expect(hasFilters({ q: 'x' })).toBe(true);
  });
});

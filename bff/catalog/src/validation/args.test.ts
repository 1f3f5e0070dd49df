import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { validateProductSlug, validateProductsArgs } from './args.js';
import { encodeCursor } from '@shop/bff-platform';

function fieldOf(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    // A GraphQLError of yoga's graphql copy (the test runner may load another one for us).
    expect((error as Error).name).toBe('GraphQLError');
    expect((error as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
    return (error as GraphQLError).extensions['field'];
  }
  throw new Error('expected a BAD_USER_INPUT error');
}

describe('products arguments', () => {
  it('accepts the defaults and trims search', () => {
    expect(validateProductsArgs({ first: 20, search: '  mug ' })).toEqual({
      first: 20,
      after: undefined,
      category: '',
      search: 'mug',
    });
  });

  it('decodes a cursor we issued', () => {
    const after = encodeCursor({ token: 'tok', offset: 0 });
    expect(validateProductsArgs({ first: 5, after }).after).toEqual({ token: 'tok', offset: 0 });
  });

  it.each([
    [{ first: 0 }, 'first'],
    [{ first: 101 }, 'first'],
    [{ first: -5 }, 'first'],
    [{ first: 5, after: 'garbage' }, 'after'],
    [{ first: 5, category: 'Kitchen Stuff' }, 'category'],
    [{ first: 5, search: 's'.repeat(201) }, 'search'],
    [{ first: 5, search: 's'.repeat(10_000) }, 'search'],
  ])('rejects %j on field %s', (args, field) => {
    expect(fieldOf(() => validateProductsArgs(args))).toBe(field);
  });

  it('accepts 200 characters of search, % and _ included', () => {
    expect(validateProductsArgs({ first: 1, search: `%_${'a'.repeat(198)}` }).search).toHaveLength(200);
  });
});

describe('product slug', () => {
  it('accepts kebab-case and rejects anything else', () => {
    expect(validateProductSlug('blue-mug-2')).toBe('blue-mug-2');
    for (const bad of ['', 'Blue', 'a--b', '-a', 'a/b', '../x', 'a'.repeat(121)]) {
      expect(fieldOf(() => validateProductSlug(bad))).toBe('slug');
    }
  });
});

import { describe, expect, it } from 'vitest';
import { graphqlRuntime } from '../graphql-runtime.js';
import type { BudgetLimits, ServiceCostDeclaration } from './declaration.js';
import { createServiceBudget } from './service-budget.js';

// Build with yoga's copy of graphql, as the BFF does.
const schema = graphqlRuntime.buildSchema(/* GraphQL */ `
  type Query { items(first: Int = 20, tag: String): [Item!]! item(id: ID!): Item groups: [Group!]! }
  type Item { id: ID! group: Group detail(first: Int = 2): [Detail!]! }
  type Group { id: ID! }
  type Detail { id: ID! }
`);
const costs: ServiceCostDeclaration = {
  'Query.items': { call: 'ListItems', list: { arg: 'first', min: 1, max: 100 } },
  'Query.item': { call: 'GetItem' },
  'Query.groups': { call: 'ListGroups', rows: 10 },
  'Item.group': { call: 'ListGroups', batched: true, rows: 10 },
  'Item.detail': { call: 'ListDetails', list: { arg: 'first', min: 1, max: 5 } },
};
const limits: BudgetLimits = { maxServiceCalls: 5, maxRows: 200, maxAliases: 15 };
const budget = createServiceBudget(costs, limits);

function check(query: string, variables?: Record<string, unknown>, operationName?: string) {
  const plan = budget.planFor(schema, graphqlRuntime.parse(query), operationName)!;
  const error = budget.check(plan, variables);
  return error ? { code: error.extensions['code'], field: error.extensions['field'], message: error.message } : 'ok';
}
const aliased = (n: number, field: (i: number) => string) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: ${field(i)}`).join(' ')} }`;

describe('service budget', () => {
  it('lets ordinary pages through', () => {
    expect(check('{ items(first: 100) { id group { id } } groups { id } }')).toBe('ok');
    expect(check('{ item(id: "1") { group { id } } }')).toBe('ok');
  });

  it('counts identical calls once, also through aliases, fragments and batched fields', () => {
    expect(check(aliased(15, () => 'groups { id }'))).toBe('ok');
    expect(check('query($n: Int) { a: items(first: $n) { id } b: items(first: 100) { id } }', { n: 100 })).toBe('ok');
    expect(check('{ ...F items(first: 100) { group { id } } } fragment F on Query { items(first: 100) { id } groups { id } }')).toBe('ok');
  });

  it.each([
    ['250 aliased categories-like fields', aliased(250, () => 'groups { id }'), undefined, /250 aliases/],
    ['a variable page aliased 120 times', `query($n: Int) ${aliased(120, () => 'items(first: $n) { id }')}`, { n: 100 }, /aliases/],
    ['three different literal full pages', aliased(3, (i) => `items(first: 100, tag: "${i}") { id }`), undefined, /300 rows/],
    ['pages from variables', 'query($a: Int, $b: Int) { x: items(first: $a) { id } y: items(first: $b, tag: "y") { id } z: items(first: $b, tag: "z") { id } }', { a: 100, b: 51 }, /202 rows/],
    ['schema defaults (20 rows each) over the call limit', aliased(6, (i) => `items(tag: "${i}") { id }`), undefined, /6 service calls/],
    ['variable defaults', 'query($n: Int = 100) { a: items(first: $n, tag: "a") { id } b: items(first: $n, tag: "b") { id } c: items(first: $n, tag: "c") { id } }', undefined, /300 rows/],
    ['a nested page multiplied by its parents', '{ items(first: 100) { detail(first: 5) { id } } }', undefined, /service calls/],
    ['inline fragments', '{ ... on Query { a: items(first: 100, tag: "a") { id } } ... { b: items(first: 100, tag: "b") { id } } c: items(first: 1, tag: "c") { id } }', undefined, /201 rows/],
  ])('rejects %s as QUERY_TOO_COMPLEX', (_name, query, variables, message) => {
    const result = check(query, variables);
    expect(result).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    expect((result as { message: string }).message).toMatch(message);
  });

  it.each([
    ['literal 1000', '{ items(first: 1000) { id } }', undefined],
    ['variable 1000', 'query($n: Int) { items(first: $n) { id } }', { n: 1000 }],
    ['negative', '{ items(first: -1) { id } }', undefined],
    ['out of range with many aliases', aliased(20, () => 'items(first: 1000) { id }'), undefined],
  ])('answers %s as BAD_USER_INPUT on the page argument, before the limits', (_name, query, variables) => {
    expect(check(query, variables)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('leaves values that will not coerce to graphql (no call is made for them)', () => {
    expect(check('query($n: Int!) { items(first: $n) { id } }', { n: 'x' })).toBe('ok');
  });

  it('treats explicit null as the schema default and picks the named operation', () => {
    expect(check('query($n: Int) { items(first: $n, tag: "a") { id } }', { n: null })).toBe('ok');
    const doc = 'query A { groups { id } } query B { a: items(first: 100, tag: "a") { id } b: items(first: 100, tag: "b") { id } c: items(first: 1) { id } }';
    expect(check(doc, undefined, 'A')).toBe('ok');
    expect(check(doc, undefined, 'B')).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });

  it('refuses fragment fan-out that explodes when expanded', () => {
    const levels = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join(' ');
    const query = `{ ...F0 } ${levels} fragment F14 on Query { groups { id } }`;
    expect(check(query)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', message: expect.stringMatching(/fragments/) });
  });
});

import { describe, expect, it } from 'vitest';
import { regularMediaType } from './accept.js';

describe('regularMediaType (yoga-compatible choice)', () => {
  it.each([
    [undefined, 'application/json'],
    ['*/*', 'application/json'],
    ['application/json', 'application/json'],
    ['application/graphql-response+json', 'application/graphql-response+json'],
    ['application/graphql-response+json, application/json', 'application/graphql-response+json'],
    ['application/json, application/graphql-response+json', 'application/json'],
    ['application/*', 'application/json'],
    ['text/html', null],
    ['application/json; charset=latin1', null],
    ['text/event-stream', null],
  ])('%s → %s', (accept, expected) => {
    expect(regularMediaType(accept)).toBe(expected);
  });
});

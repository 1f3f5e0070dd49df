import { describe, expect, it } from 'vitest';
import { isJsonContentType } from './content-type.js';

describe('isJsonContentType (yoga’s rule)', () => {
  it.each([
    'application/json',
    'application/json; charset=utf-8',
    'application/json;charset=UTF-8',
    'application/json, text/plain',
  ])('accepts %s', (type) => expect(isJsonContentType(type)).toBe(true));

  it.each([
    undefined,
    '',
    'text/plain',
    'text/plain;x=json',
    'text/plain; application/json',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/jsonx',
    'application/json-seq',
    'application/graphql',
    'application/graphql+json',
    'Application/JSON',
    ' application/json',
  ])('refuses %s', (type) => expect(isJsonContentType(type)).toBe(false));
});

import { describe, expect, it } from 'vitest';
import { GraphQLRequestError } from '@shop/apps-platform';
import { fieldName, useFormErrors } from './form-errors';

describe('form errors', () => {
  it.each([
    ['displayName', 'displayName'],
    ['display_name', 'displayName'],
    ['input.current_password', 'currentPassword'],
    ['email', 'email'],
  ])('%s names the field %s', (given, expected) => {
    expect(fieldName(given)).toBe(expected);
  });

  it('puts field errors inline and everything else on the form', () => {
    const form = useFormErrors(['email', 'password'] as const);
    form.capture(new GraphQLRequestError({ code: 'CONFLICT', message: 'Email is taken', field: 'email' }));
    expect(form.errors).toEqual({ email: 'Email is taken' });
    expect(form.formError.value).toBeUndefined();
    form.capture(new GraphQLRequestError({ code: 'BAD_USER_INPUT', message: 'Bad role', field: 'role' }));
    expect(form.errors).toEqual({});
    expect(form.formError.value).toBe('Bad role');
    form.capture(new Error('secret.ts:12'));
    expect(form.formError.value).toBe('Something went wrong. Please try again.');
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { authPayload, click, fail, fill, mountUser } from '../testing/mount-user';

afterEach(() => {
  document.body.innerHTML = '';
});

async function submitWith(respond: () => unknown) {
  const mounted = await mountUser('/register', respond);
  await fill(mounted.wrapper, 'Email', 'ada@shop.test');
  await fill(mounted.wrapper, 'Display name', ' Ada ');
  await fill(mounted.wrapper, 'Password', 'short');
  await click(mounted.wrapper, 'Create account');
  return mounted;
}

describe('RegisterPage', () => {
  it('shows a field error inline beside its field, tied to it for screen readers', async () => {
    const { wrapper } = await submitWith(() => fail('BAD_USER_INPUT', 'Password must have at least 10 characters.', 'password'));
    const input = wrapper.get('#user-register-password');
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain('user-register-password-error');
    expect(wrapper.get('#user-register-password-error').text()).toBe('Password must have at least 10 characters.');
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
  });

  it('puts a duplicate email (CONFLICT on field email) under the email field', async () => {
    const { wrapper } = await submitWith(() => fail('CONFLICT', 'An account with this email already exists.', 'email'));
    expect(wrapper.get('#user-register-email-error').text()).toContain('already exists');
  });

  it('maps snake_case field names of the service (display_name)', async () => {
    const { wrapper } = await submitWith(() => fail('BAD_USER_INPUT', 'Display name is too long.', 'input.display_name'));
    expect(wrapper.get('#user-register-name-error').text()).toBe('Display name is too long.');
  });

  it('signs the new user in at once', async () => {
    const payload = authPayload({ displayName: 'Ada' });
    const { request, session, router } = await submitWith(() => ({ register: payload }));
    expect(request.mock.calls[0]![1]).toEqual({ input: { email: 'ada@shop.test', displayName: 'Ada', password: 'short' } });
    expect(session.functions.signedIn).toHaveBeenCalledWith(payload);
    expect(router.currentRoute.value.name).toBe('user-account');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { SESSION_MUTATION } from '@shop/apps-platform';
import { authPayload, click, fail, fill, mountUser } from '../testing/mount-user';

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('has labelled fields, one h1 and real buttons', async () => {
    const { wrapper } = await mountUser('/login', () => ({}));
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Sign in']);
    for (const label of wrapper.findAll('label')) expect(wrapper.find(`#${label.attributes('for')}`).exists()).toBe(true);
    expect(wrapper.get('button[type="submit"]').text()).toBe('Sign in');
  });

  it('signs in as a session mutation, hands the session to its owner and opens the account page', async () => {
    const payload = authPayload();
    const { wrapper, request, session, router } = await mountUser('/login', () => ({ login: payload }));
    await fill(wrapper, 'Email', '  ada@shop.test ');
    await fill(wrapper, 'Password', 'correct horse battery');
    await click(wrapper, 'Sign in');
    expect(request).toHaveBeenCalledWith(expect.anything(), { input: { email: 'ada@shop.test', password: 'correct horse battery' } }, SESSION_MUTATION);
    expect(session.functions.signedIn).toHaveBeenCalledWith(payload);
    expect(router.currentRoute.value.name).toBe('user-account');
  });

  it('returns to ?next= inside the app', async () => {
    const noUsers = { users: { totalCount: 0, edges: [], pageInfo: { hasNextPage: false, endCursor: null } } };
    const { wrapper, router } = await mountUser('/login?next=/account/admin/users', (op) =>
      op === 'Login' ? { login: authPayload({ permissions: ['users:manage'] }) } : noUsers,
    );
    await fill(wrapper, 'Email', 'ada@shop.test');
    await fill(wrapper, 'Password', 'x');
    await click(wrapper, 'Sign in');
    expect(router.currentRoute.value.fullPath).toBe('/admin/users');
  });

  it('returns to ?next= outside the app through the page (standalone: no shell to ask)', async () => {
    const assign = vi.fn();
    vi.stubGlobal('location', { ...window.location, assign });
    const { wrapper } = await mountUser('/login?next=/catalog/p/lamp', () => ({ login: authPayload() }));
    await fill(wrapper, 'Email', 'ada@shop.test');
    await fill(wrapper, 'Password', 'x');
    await click(wrapper, 'Sign in');
    expect(assign).toHaveBeenCalledWith('/catalog/p/lamp');
  });

  it('shows the BFF message for wrong credentials, clears the password, keeps the user signed out', async () => {
    const { wrapper, session } = await mountUser('/login', () => fail('UNAUTHENTICATED', 'Wrong email or password.'));
    await fill(wrapper, 'Email', 'ada@shop.test');
    await fill(wrapper, 'Password', 'wrong-password');
    await click(wrapper, 'Sign in');
    expect(wrapper.get('[role="alert"]').text()).toBe('Wrong email or password.');
    expect((wrapper.get('#user-login-password').element as HTMLInputElement).value).toBe('');
    expect(session.functions.signedIn).not.toHaveBeenCalled();
  });
});

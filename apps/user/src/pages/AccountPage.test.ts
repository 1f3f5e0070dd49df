import { afterEach, describe, expect, it } from 'vitest';
import { SESSION_MUTATION } from '@shop/apps-platform';
import { authPayload, click, fail, fill, mountUser, signedInAs, testSession } from '../testing/mount-user';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AccountPage', () => {
  it('shows the profile with headings in order and no admin link for a shopper', async () => {
    const { wrapper } = await mountUser('/', () => ({ viewer: { ...signedInAs().user, createdAt: '2026-11-30T10:00:00Z' } }), testSession(signedInAs()));
    expect(wrapper.text()).toContain('Member since November 30, 2026');
    expect(wrapper.findAll('h1, h2').map((h) => `${h.element.tagName} ${h.text()}`)).toEqual(['H1 Your account', 'H2 Profile', 'H2 Password', 'H2 Session']);
    expect(wrapper.text()).toContain('ada@shop.test');
    expect((wrapper.get('#user-profile-name').element as HTMLInputElement).value).toBe('Ada');
    expect(wrapper.text()).not.toContain('Manage users');
  });

  it('links admins to user management', async () => {
    const { wrapper } = await mountUser('/', () => ({}), testSession(signedInAs({ permissions: ['users:manage'] })));
    expect(wrapper.findAll('a').find((a) => a.text() === 'Manage users')?.attributes('href')).toBe('/account/admin/users');
  });

  it('renames, then refreshes the session so the new name reaches the shell', async () => {
    const session = testSession(signedInAs());
    const { wrapper, request } = await mountUser('/', (op) => (op === 'Viewer' ? { viewer: null } : { updateProfile: authPayload({ displayName: 'Ada L.' }).user }), session);
    await fill(wrapper, 'Display name', ' Ada L. ');
    await click(wrapper, 'Save name');
    expect(request.mock.calls.at(-1)![1]).toEqual({ input: { displayName: 'Ada L.' } });
    expect(session.functions.refresh).toHaveBeenCalledTimes(1);
    expect(wrapper.get('[role="status"]').text()).toBe('Your name was saved.');
  });

  it('changes the password with the current one and adopts the new session', async () => {
    const payload = authPayload({}, 'token-after-change');
    const session = testSession(signedInAs());
    const { wrapper, request } = await mountUser('/', (op) => (op === 'Viewer' ? { viewer: null } : { changePassword: payload }), session);
    await fill(wrapper, 'Current password', 'old-password-1');
    await fill(wrapper, 'New password', 'new-password-12');
    await click(wrapper, 'Change password');
    expect(request).toHaveBeenCalledWith(expect.anything(), { input: { currentPassword: 'old-password-1', newPassword: 'new-password-12' } }, SESSION_MUTATION);
    expect(session.functions.signedIn).toHaveBeenCalledWith(payload);
    expect(wrapper.text()).toContain('Your other sessions were signed out.');
  });

  it('shows a wrong current password inline', async () => {
    const { wrapper } = await mountUser(
      '/',
      (op) => (op === 'Viewer' ? { viewer: null } : fail('BAD_USER_INPUT', 'The current password is wrong.', 'current_password')),
      testSession(signedInAs()),
    );
    await fill(wrapper, 'Current password', 'nope');
    await fill(wrapper, 'New password', 'new-password-12');
    await click(wrapper, 'Change password');
    expect(wrapper.get('#user-password-current-error').text()).toBe('The current password is wrong.');
  });

  it('signs out through the session owner', async () => {
    const session = testSession(signedInAs());
    const { wrapper, router } = await mountUser('/', () => ({}), session);
    await click(wrapper, 'Sign out');
    expect(session.functions.signOut).toHaveBeenCalledTimes(1);
    expect(router.currentRoute.value.name).toBe('user-login'); // the page needs a session
  });
});

import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNED_OUT } from '@shop/apps-platform';
import { mountUser, signedInAs, testSession } from '../testing/mount-user';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('user app routes', () => {
  it('sends a signed-out visitor of a guarded page to sign-in with the full path to return to', async () => {
    const { router } = await mountUser('/admin/users?q=ada', () => ({}));
    expect(router.currentRoute.value.name).toBe('user-login');
    expect(router.currentRoute.value.query.next).toBe('/account/admin/users?q=ada');
  });

  it('sends a signed-in user away from sign-in and register', async () => {
    const { router } = await mountUser('/register', () => ({}), testSession(signedInAs()));
    expect(router.currentRoute.value.name).toBe('user-account');
  });

  it('leaves a guarded page when the session ends elsewhere (logout everywhere)', async () => {
    const session = testSession(signedInAs());
    const { router, wrapper } = await mountUser('/', () => ({}), session);
    expect(wrapper.get('h1').text()).toBe('Your account');
    session.set(SIGNED_OUT);
    await flushPromises();
    expect(router.currentRoute.value.name).toBe('user-login');
    expect(wrapper.get('h1').text()).toBe('Sign in');
  });

  it('has a not-found page', async () => {
    const { wrapper } = await mountUser('/nope', () => ({}));
    expect(wrapper.get('h1').text()).toBe('Page not found');
  });
});

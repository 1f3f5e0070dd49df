// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { SessionAuth } from '@shop/apps-platform';
import { useSessionStore } from '../stores/useSessionStore.js';
import UserMenu from './UserMenu.vue';

vi.mock('@micro-zoe/micro-app', () => ({ default: { getActiveApps: () => [], router: { push: vi.fn() } } }));

const config = { app: 'user', bffUrl: 'http://bff.test/graphql', loginPath: '/account/login', accountPath: '/account', adminPath: '/account/admin/users', adminPermission: 'users:manage' };

async function render(permissions: string[] | null, path = '/catalog/p/lamp') {
  const pinia = createPinia();
  setActivePinia(pinia);
  const store = useSessionStore();
  store.config = config;
  const signOut = vi.fn(async () => void (store.user = null));
  vi.spyOn(store, 'auth').mockReturnValue({ signOut } as unknown as SessionAuth);
  if (permissions) store.user = { id: 'u1', email: 'ada@shop.test', displayName: 'Ada Lovelace', role: 'USER', permissions };
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] });
  await router.push(path);
  const wrapper = mount(UserMenu, { attachTo: document.body, global: { plugins: [pinia, router] } });
  await flushPromises();
  return { wrapper, signOut };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('UserMenu', () => {
  it('signed out: a "Sign in" link that comes back to this page', async () => {
    const { wrapper } = await render(null);
    const link = wrapper.get('a');
    expect(link.text()).toBe('Sign in');
    expect(link.attributes('href')).toBe('/account/login?next=%2Fcatalog%2Fp%2Flamp');
  });

  it('signed in: the name opens a menu with Account and Sign out; Admin only with users:manage', async () => {
    const { wrapper } = await render(['account:manage-own']);
    const toggle = wrapper.get('button[aria-haspopup]');
    expect(toggle.text()).toBe('Ada Lovelace ▾');
    expect(toggle.get('[aria-hidden="true"]').text()).toBe('▾'); // the caret is not part of the name
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    expect(toggle.attributes('aria-expanded')).toBe('true');
    expect(wrapper.findAll('#shell-user-menu a').map((a) => [a.text(), a.attributes('href')])).toEqual([['Account', '/account']]);
    const admin = await render(['account:manage-own', 'users:manage']);
    await admin.wrapper.get('button[aria-haspopup]').trigger('click');
    expect(admin.wrapper.findAll('#shell-user-menu a').map((a) => a.text())).toEqual(['Account', 'Admin']);
  });

  it('Sign out signs out through the shared auth and shows Sign in again; Escape closes the menu', async () => {
    const { wrapper, signOut } = await render(['account:manage-own']);
    const toggle = wrapper.get('button[aria-haspopup]');
    await toggle.trigger('click');
    await toggle.trigger('keydown', { key: 'Escape' });
    expect(toggle.attributes('aria-expanded')).toBe('false');
    await toggle.trigger('click');
    await wrapper.findAll('button').find((b) => b.text() === 'Sign out')!.trigger('click');
    await flushPromises();
    expect(signOut).toHaveBeenCalledTimes(1);
    expect(wrapper.get('a').text()).toBe('Sign in');
  });
});

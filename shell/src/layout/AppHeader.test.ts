// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick, shallowRef, type App } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { SubAppEntry } from '../manifest/types.js';
import { provideBrowserLocation, type BrowserLocation } from '../micro-app/browser-location.js';
import { useCartStore } from '../stores/useCartStore.js';
import { useManifestStore } from '../stores/useManifestStore.js';
import { useSessionStore } from '../stores/useSessionStore.js';
import AppHeader from './AppHeader.vue';

vi.mock('@micro-zoe/micro-app', () => ({ default: { getActiveApps: () => [], router: { push: vi.fn() } } }));

const entry = (name: string, routes: string[], nav: SubAppEntry['nav']): SubAppEntry => ({
  name, version: '1', entry: `http://x/${name}/`, bffUrl: 'http://x/graphql', baseroute: routes.length > 1 ? '/' : routes[0]!, routes, guards: [], nav,
});

async function render(shellPath: string, browserPath: string) {
  const pinia = createPinia();
  setActivePinia(pinia);
  useManifestStore().setManifest({ home: '/catalog', apps: [entry('catalog', ['/catalog'], { label: 'Catalog', path: '/catalog' }), entry('order', ['/cart', '/checkout', '/orders'], { label: 'Orders', path: '/orders' })] });
  useSessionStore().config = { app: 'user', bffUrl: 'http://x/graphql', loginPath: '/account/login', accountPath: '/account', adminPath: '/account/admin/users', adminPermission: 'users:manage' };
  useCartStore().start({ host: { setGlobalData: vi.fn() }, storage: { getItem: () => null, setItem: vi.fn(), removeItem: vi.fn() } });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] });
  await router.push(shellPath);
  const location = shallowRef<BrowserLocation>({ path: browserPath, fullPath: browserPath });
  const wrapper = mount(AppHeader, {
    attachTo: document.body,
    global: { plugins: [pinia, router, { install: (app: App) => provideBrowserLocation(app, location) }] },
  });
  await flushPromises();
  return { wrapper, location };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('AppHeader', () => {
  it('marks where the browser is, also after the order app moved on its own (the shell route still says /cart)', async () => {
    const { wrapper, location } = await render('/cart', '/cart');
    const cart = () => wrapper.get('a[href="/cart"]');
    const orders = () => wrapper.get('a[href="/orders"]');
    expect(cart().attributes('aria-current')).toBe('page');
    location.value = { path: '/checkout', fullPath: '/checkout' }; // "Check out" is the order app's own link
    await nextTick();
    expect(cart().attributes('aria-current')).toBeUndefined();
    expect(wrapper.get('a[href^="/account/login"]').attributes('href')).toBe('/account/login?next=%2Fcheckout');
    location.value = { path: '/orders/o-9', fullPath: '/orders/o-9' }; // placed: the app opened the order
    await nextTick();
    expect(orders().attributes('aria-current')).toBe('page');
    expect(wrapper.get('a[href="/catalog"]:not(.shell-brand)').attributes('aria-current')).toBeUndefined();
  });
});

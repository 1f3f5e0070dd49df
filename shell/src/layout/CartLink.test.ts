// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { parseCartAnswer } from '../cart/parse-cart-answer.js';
import { useCartStore } from '../stores/useCartStore.js';
import CartLink from './CartLink.vue';

vi.mock('@micro-zoe/micro-app', () => ({ default: { getActiveApps: () => [], router: { push: vi.fn() } } }));

async function render(props: { current?: boolean } = {}) {
  const pinia = createPinia();
  setActivePinia(pinia);
  const cart = useCartStore();
  const storage = { getItem: () => null, setItem: vi.fn(), removeItem: vi.fn() };
  cart.start({ host: { setGlobalData: vi.fn() }, storage });
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] });
  await router.push('/catalog');
  const wrapper = mount(CartLink, { props, attachTo: document.body, global: { plugins: [pinia, router] } });
  await flushPromises();
  return { wrapper, cart };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CartLink', () => {
  it('links to /cart and names the count, updating at once with each cart answer a sub-app dispatches', async () => {
    const { wrapper, cart } = await render();
    const link = wrapper.get('a');
    expect(link.attributes('href')).toBe('/cart');
    expect(link.attributes('aria-label')).toBe('Cart, 0 items');
    // What SubAppHost does with a sub-app's `dispatch({ cart })`.
    cart.apply(parseCartAnswer({ guestCartId: 'AbCdEfGhIjKlMnOpQrStUv', itemCount: 1, mergedGuestCart: false })!);
    await nextTick();
    expect(link.attributes('aria-label')).toBe('Cart, 1 item');
    expect(wrapper.get('[data-testid="cart-count"]').text()).toBe('1');
    cart.apply({ guestCartId: null, itemCount: 3, mergedGuestCart: true });
    await nextTick();
    expect(link.attributes('aria-label')).toBe('Cart, 3 items');
    expect(wrapper.get('[data-testid="cart-count"]').text()).toBe('3');
  });

  it('is the current page on /cart', async () => {
    expect((await render()).wrapper.get('a').attributes('aria-current')).toBeUndefined();
    document.body.innerHTML = '';
    expect((await render({ current: true })).wrapper.get('a').attributes('aria-current')).toBe('page');
  });
});

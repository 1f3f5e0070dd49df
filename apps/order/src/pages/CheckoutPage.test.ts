import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { testSession } from '@shop/apps-platform/testing';
import { fail, mountOrder } from '../testing/mount-order';
import { cart, cartLine } from '../testing/fixtures';

afterEach(() => {
  document.body.innerHTML = '';
  window.sessionStorage.clear();
});

async function fillIn(wrapper: Awaited<ReturnType<typeof mountOrder>>['wrapper'], card = '4242 4242 4242 4242') {
  for (const [id, value] of Object.entries({ fullName: 'Ada Lovelace', line1: '1 Row', city: 'London', postalCode: 'NW1 2AB', country: 'GB', cardNumber: card })) {
    await wrapper.get(`#order-${id}`).setValue(value);
  }
}

describe('CheckoutPage', () => {
  it('asks a signed-out shopper to sign in: in the shell on its sign-in page, alone without a dead link', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    try {
      const { wrapper } = await mountOrder('/checkout', () => ({ cart: cart([cartLine(1)]) }), { session: testSession() });
      expect(wrapper.get('a').attributes('href')).toBe('/account/login?next=%2Fcheckout');
      expect(wrapper.find('form').exists()).toBe(false);
      wrapper.unmount();
    } finally {
      delete window.__MICRO_APP_ENVIRONMENT__;
    }
    const { wrapper } = await mountOrder('/checkout', () => ({ cart: cart([cartLine(1)]) }), { session: testSession() });
    expect(wrapper.text()).toContain('Sign in to the shop to check out');
    expect(wrapper.find('a[href^="/account/login"]').exists()).toBe(false);
  });

  it('checks the form before sending and names each bad field', async () => {
    const { wrapper, request } = await mountOrder('/checkout', () => ({ cart: cart([cartLine(1)]) }));
    await wrapper.get('#order-cardNumber').setValue('1234');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Enter the full name.');
    expect(wrapper.text()).toContain('Enter a valid card number.');
    expect(request.mock.calls.filter(([doc]) => JSON.stringify(doc).includes('PlaceOrder'))).toHaveLength(0);
  });

  it('shows the lines it sends; one key per attempt: a retry after a failure reuses it; success opens the order page', async () => {
    const keys: string[] = [];
    let attempts = 0;
    const { wrapper, router } = await mountOrder('/checkout', (operation, variables) => {
      if (operation !== 'PlaceOrder') return { cart: cart([cartLine(1, { quantity: 2 })]) };
      keys.push((variables['input'] as { idempotencyKey: string }).idempotencyKey);
      expect((variables['input'] as { lines: unknown }).lines).toEqual([{ productId: 'p1', quantity: 2 }]);
      attempts += 1;
      if (attempts === 1) fail('UNAVAILABLE', 'The service is temporarily unavailable. Please retry.');
      return { placeOrder: { created: true, order: { id: 'o-9' } } };
    });
    expect(wrapper.get('section[aria-labelledby="order-summary-title"]').text()).toContain('Product 1 × 2');
    await fillIn(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('temporarily unavailable');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    expect(router.currentRoute.value.fullPath).toBe('/orders/o-9');
  });

  it('a double click sends one request', async () => {
    let placed = 0;
    const { wrapper } = await mountOrder('/checkout', (operation) => {
      if (operation !== 'PlaceOrder') return { cart: cart([cartLine(1)]) };
      placed += 1;
      return new Promise((resolve) => setTimeout(() => resolve({ placeOrder: { created: true, order: { id: 'o-1' } } }), 20));
    });
    await fillIn(wrapper);
    await Promise.all([wrapper.get('form').trigger('submit'), wrapper.get('form').trigger('submit')]);
    await new Promise((resolve) => setTimeout(resolve, 40));
    await flushPromises();
    expect(placed).toBe(1);
  });

  it('shows the field the BFF refused, and a changed cart sends the shopper back to review it', async () => {
    let answer: 'field' | 'conflict' = 'field';
    const { wrapper } = await mountOrder('/checkout', (operation) => {
      if (operation !== 'PlaceOrder') return { cart: cart([cartLine(1)]) };
      if (answer === 'field') fail('BAD_USER_INPUT', 'Enter the country as a two-letter code, e.g. US.', 'input.shippingAddress.country');
      fail('CONFLICT', 'The cart changed since you reviewed it; review it again.');
    });
    await fillIn(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#order-country').attributes('aria-invalid')).toBe('true');
    answer = 'conflict';
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toContain('Your cart changed');
  });

  it('after a CONFLICT the attempt is over: the cart is re-read, the orders are pointed at, and the next try has a new key', async () => {
    const keys: string[] = [];
    let cartReads = 0;
    const { wrapper } = await mountOrder('/checkout', (operation, variables) => {
      if (operation !== 'PlaceOrder') return (cartReads += 1), { cart: cart([cartLine(1)]) };
      keys.push((variables['input'] as { idempotencyKey: string }).idempotencyKey);
      if (keys.length === 1) fail('CONFLICT', 'This idempotency key was used for a different checkout; start a new checkout.');
      return { placeOrder: { created: true, order: { id: 'o-2' } } };
    });
    await fillIn(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(cartReads).toBe(2);
    expect(wrapper.get('[role="alert"] a').attributes('href')).toBe('/orders');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('OUT_OF_STOCK: says so and shows the cart as it now is (flagged lines send the shopper to review it)', async () => {
    let short = false;
    const { wrapper } = await mountOrder('/checkout', (operation) => {
      if (operation !== 'PlaceOrder') return { cart: cart([cartLine(1, short ? { issues: ['INSUFFICIENT_STOCK'], stock: 0 } : {})]) };
      short = true;
      fail('OUT_OF_STOCK', 'Not enough stock.');
    });
    await fillIn(wrapper);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alerts = wrapper.findAll('[role="alert"]').map((alert) => alert.text());
    expect(alerts[0]).toContain('Some items need your attention');
    expect(alerts[1]).toContain('no longer in stock');
    expect(wrapper.find('form').exists()).toBe(false);
  });

  it('an answer lost, then the cart found empty: the order likely went through — the orders are pointed at and the same lines later are a new attempt', async () => {
    const keys: string[] = [];
    let lines = [cartLine(1)];
    const respond = (operation: string, variables: Record<string, unknown>) => {
      if (operation !== 'PlaceOrder') return { cart: cart(lines) };
      keys.push((variables['input'] as { idempotencyKey: string }).idempotencyKey);
      if (keys.length === 1) {
        lines = []; // the order was placed and took the cart's lines, but its answer never arrived
        fail('UNAVAILABLE', 'The service is unreachable. Check your connection and try again.');
      }
      return { placeOrder: { created: true, order: { id: 'o-3' } } };
    };
    const first = await mountOrder('/checkout', respond);
    await fillIn(first.wrapper);
    await first.wrapper.get('form').trigger('submit');
    await flushPromises();
    first.wrapper.unmount();
    const reloaded = await mountOrder('/checkout', respond); // a reload
    expect(reloaded.wrapper.get('[role="alert"]').text()).toContain('your last order may have gone through');
    expect(reloaded.wrapper.get('[role="alert"] a').attributes('href')).toBe('/orders');
    reloaded.wrapper.unmount();
    lines = [cartLine(1)]; // the same product again, later
    const later = await mountOrder('/checkout', respond);
    await fillIn(later.wrapper);
    await later.wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
    expect(later.router.currentRoute.value.fullPath).toBe('/orders/o-3');
  });
});

import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTick } from 'vue';
import { SIGNED_OUT } from '@shop/apps-platform';
import { signedInAs, testSession } from '@shop/apps-platform/testing';
import { fail, mountOrder } from '../testing/mount-order';
import { cart, cartLine } from '../testing/fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CartPage', () => {
  it('lists lines with totals, reports the cart to the shell, and links to checkout', async () => {
    const answer = cart([cartLine(1, { quantity: 2, lineTotal: { formatted: '$20.00' } })], { subtotal: { amountMinor: 2000, currency: 'USD', formatted: '$20.00' } });
    const { wrapper, cart: bridge } = await mountOrder('/cart', () => ({ cart: answer }));
    expect(wrapper.get('h1').text()).toBe('Your cart');
    expect(wrapper.text()).toContain('Product 1');
    expect(wrapper.text()).toContain('$20.00');
    expect(bridge.reports).toEqual([answer]);
    expect(wrapper.get('a.btn--primary').attributes('href')).toBe('/checkout');
  });

  it('flags lines out of stock, short of stock or repriced, and blocks checkout with a message', async () => {
    const flagged = cart([
      cartLine(1, { issues: ['OUT_OF_STOCK'], stock: 0 }),
      cartLine(2, { issues: ['INSUFFICIENT_STOCK'], stock: 1, quantity: 3 }),
      cartLine(3, { issues: ['PRICE_CHANGED'], unitPrice: { formatted: '$12.00' } }),
    ]);
    const accepted = cart([cartLine(1, { issues: ['OUT_OF_STOCK'], stock: 0 })]);
    const { wrapper, request } = await mountOrder('/cart', (operation) => (operation === 'AcceptCartPrices' ? { acceptCartPrices: accepted } : { cart: flagged }));
    const notes = wrapper.findAll('[role="note"]').map((note) => note.text());
    expect(notes).toEqual(['Out of stock', 'Only 1 left', 'Price changed from $10.00 to $12.00']);
    expect(wrapper.get('[role="alert"]').text()).toContain('to check out');
    expect(wrapper.get('button.btn--primary').attributes('disabled')).toBeDefined();
    await wrapper.findAll('button').find((button) => button.text() === 'Accept new prices')!.trigger('click');
    await flushPromises();
    expect(request.mock.calls.at(-1)![1]).toEqual({});
    expect(wrapper.findAll('[role="note"]')).toHaveLength(1);
  });

  it('changes a quantity and removes a line', async () => {
    const { wrapper, request } = await mountOrder('/cart', (operation, variables) => {
      if (operation === 'SetCartItemQuantity') return { setCartItemQuantity: cart([cartLine(1, { quantity: variables['quantity'] as number })]) };
      if (operation === 'RemoveFromCart') return { removeFromCart: cart([]) };
      return { cart: cart([cartLine(1)]) };
    });
    await wrapper.get('input[type="number"]').setValue(4);
    await wrapper.get('input[type="number"]').trigger('change');
    await flushPromises();
    expect(request.mock.calls.at(-1)![1]).toEqual({ productId: 'p1', quantity: 4 });
    await wrapper.get('button[aria-label="Remove Product 1"]').trigger('click');
    await flushPromises();
    expect(wrapper.text()).toContain('Your cart is empty');
  });

  it('on sign-out forgets the account’s cart at once and shows the guest’s; a late answer for the account is dropped', async () => {
    const session = testSession(signedInAs());
    let release: (() => void) | undefined;
    let reads = 0;
    const { wrapper } = await mountOrder(
      '/cart',
      () => {
        reads += 1;
        if (reads === 1) return { cart: cart([cartLine(1)]) };
        // The account's slow read (started before sign-out) answers after the guest's.
        if (reads === 2) return new Promise((resolve) => (release = () => resolve({ cart: cart([cartLine(1)]) })));
        return { cart: cart([]) };
      },
      { session },
    );
    expect(wrapper.text()).toContain('Product 1');
    session.set(signedInAs({ id: 'u1', displayName: 'Ada again' })); // same shopper: no re-read
    await flushPromises();
    expect(reads).toBe(1);
    session.set(signedInAs({ id: 'u2' }));
    await nextTick();
    session.set(SIGNED_OUT);
    await nextTick();
    expect(wrapper.text()).not.toContain('Product 1');
    await flushPromises();
    expect(wrapper.text()).toContain('Your cart is empty');
    release!();
    await flushPromises();
    expect(wrapper.text()).toContain('Your cart is empty');
  });

  it('a refused quantity (more than the stock) says why and shows the cart’s quantity again', async () => {
    const { wrapper } = await mountOrder('/cart', (operation) => {
      if (operation === 'SetCartItemQuantity') fail('OUT_OF_STOCK', 'Only 3 left in stock.');
      return { cart: cart([cartLine(1, { stock: 3 })]) };
    });
    const input = wrapper.get('input[type="number"]');
    await input.setValue(50);
    await input.trigger('change');
    await flushPromises();
    expect(wrapper.get('[role="alert"]').text()).toBe('Only 3 left in stock.');
    expect((input.element as HTMLInputElement).value).toBe('1');
  });
});

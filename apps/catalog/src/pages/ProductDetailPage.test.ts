import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { ProductQuery } from '../gen/graphql';
import { recordingCart, testSession } from '@shop/apps-platform/testing';
import { fail, mountCatalog, product } from '../testing/mount-catalog';

const lamp: ProductQuery = {
  product: {
    ...product(3, { name: 'Desk Lamp', slug: 'desk-lamp' }),
    description: 'A warm light.',
    stock: 4,
    category: { slug: 'lighting', name: 'Lighting' },
  },
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ProductDetailPage', () => {
  it('shows name as the only h1, image, price, stock, description and links back', async () => {
    const { wrapper, request } = await mountCatalog('/p/desk-lamp', () => lamp);
    expect(request.mock.calls[0]![1]).toEqual({ slug: 'desk-lamp' });
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Desk Lamp']);
    expect(wrapper.get('img').attributes('alt')).toBe('Desk Lamp');
    expect(wrapper.text()).toContain('$37.50');
    expect(wrapper.text()).toContain('In stock');
    expect(wrapper.text()).toContain('A warm light.');
    const links = Object.fromEntries(wrapper.findAll('a').map((a) => [a.text(), a.attributes('href')]));
    expect(links['← Back to catalog']).toBe('/catalog/');
    expect(links.Lighting).toBe('/catalog/?category=lighting');
  });

  it('adds the chosen quantity to the cart, reports the answer to the shell and says so', async () => {
    const cart = recordingCart();
    const answer = { addToCart: { guestCartId: 'AbCdEfGhIjKlMnOpQrStUv', itemCount: 3, mergedGuestCart: false } };
    const { wrapper, request } = await mountCatalog('/p/desk-lamp', (operation) => (operation === 'AddToCart' ? answer : lamp), testSession(), cart);
    await wrapper.get('input[type="number"]').setValue(3);
    await wrapper.get('form.add-to-cart').trigger('submit');
    await flushPromises();
    expect(request.mock.calls.at(-1)![1]).toEqual({ productId: 'p3', quantity: 3 });
    expect(cart.reports).toEqual([answer.addToCart]);
    expect(wrapper.get('[role="status"]').text()).toContain('3 items in your cart');
  });

  it('does not send a quantity outside 1..99, and says what is allowed', async () => {
    const { wrapper, request } = await mountCatalog('/p/desk-lamp', () => lamp);
    const calls = request.mock.calls.length;
    for (const bad of ['', 0, 100]) {
      await wrapper.get('input[type="number"]').setValue(bad);
      await wrapper.get('form.add-to-cart').trigger('submit');
      await flushPromises();
      expect(wrapper.get('[role="alert"]').text()).toBe('Choose a quantity from 1 to 99.');
    }
    expect(request.mock.calls).toHaveLength(calls);
  });

  it('disables Add to cart for a product out of stock', async () => {
    const soldOut: ProductQuery = { product: { ...lamp.product!, inStock: false, stock: 0 } };
    const { wrapper } = await mountCatalog('/p/desk-lamp', () => soldOut);
    expect(wrapper.get('form.add-to-cart button').attributes('disabled')).toBeDefined();
  });

  it('says Out of stock when nothing is left', async () => {
    const soldOut: ProductQuery = { product: { ...lamp.product!, inStock: false, stock: 0 } };
    const { wrapper } = await mountCatalog('/p/desk-lamp', () => soldOut);
    expect(wrapper.text()).toContain('Out of stock');
    expect(wrapper.text()).not.toContain('In stock');
  });

  it('shows "Product not found" with a link to the catalog for an unknown slug', async () => {
    const { wrapper } = await mountCatalog('/p/nope', () => fail('NOT_FOUND', 'No product with slug "nope"'));
    expect(wrapper.get('h1').text()).toBe('Product not found');
    expect(wrapper.find('article').exists()).toBe(false);
    const link = wrapper.findAll('a').find((a) => a.text() === 'Browse the catalog');
    expect(link?.attributes('href')).toBe('/catalog/');
  });

  it('shows an error with Retry when the BFF is down, and recovers', async () => {
    let calls = 0;
    const { wrapper } = await mountCatalog('/p/desk-lamp', () => (++calls === 1 ? fail('UNAVAILABLE', 'The service is unreachable.') : lamp));
    expect(wrapper.get('[role="alert"]').text()).toContain('The service is unreachable.');
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Desk Lamp');
  });

  it('renders the not-found page for unknown paths', async () => {
    const { wrapper, request } = await mountCatalog('/nowhere/at/all', () => lamp);
    expect(wrapper.get('h1').text()).toBe('Page not found');
    expect(request).not.toHaveBeenCalled();
  });
});

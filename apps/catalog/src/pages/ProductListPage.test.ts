import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { recordingCart, testSession } from '@shop/apps-platform/testing';
import { fail, mountCatalog, product, productsPage, type Responder } from '../testing/mount-catalog';

const categories = { categories: [{ id: 'c1', slug: 'lighting', name: 'Lighting', productCount: 3 }] };

function catalog(products: Responder): Responder {
  return (operation, variables) => (operation === 'Categories' ? categories : products(operation, variables));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ProductListPage', () => {
  it('renders one h1, cards with formatted prices, stock badges and links to the detail page', async () => {
    const page = productsPage([product(1), product(2, { inStock: false })], 30, 'cur-2', true);
    const { wrapper } = await mountCatalog('/', catalog(() => page));
    expect(wrapper.findAll('h1').map((h) => h.text())).toEqual(['Catalog']);
    expect(wrapper.find('main').exists()).toBe(true);
    const cards = wrapper.findAll('article');
    expect(cards).toHaveLength(2);
    expect(cards[0]!.text()).toContain('$12.50');
    expect(cards[1]!.text()).toContain('$25.00');
    expect(cards[0]!.text()).not.toContain('Out of stock');
    expect(cards[1]!.text()).toContain('Out of stock');
    expect(cards[0]!.get('a').attributes('href')).toBe('/catalog/p/product-1');
    const img = cards[0]!.get('img');
    expect(img.attributes()).toMatchObject({ alt: 'Product 1', loading: 'lazy', width: '320', height: '240' });
    expect(wrapper.text()).toContain('Showing 2 of 30 products');
  });

  it('passes URL filters to the query and links Next/First pages with the cursor', async () => {
    const { wrapper, request } = await mountCatalog('/?category=lighting&q=lamp&after=abc', catalog(() => productsPage([product(1)], 30, 'cur-2', true)));
    const productsCall = request.mock.calls.find(([, vars]) => 'first' in vars)!;
    expect(productsCall[1]).toEqual({ first: 12, after: 'abc', category: 'lighting', search: 'lamp' });
    const nav = wrapper.get('nav[aria-label="Pagination"]');
    const links = Object.fromEntries(nav.findAll('a').map((a) => [a.text(), a.attributes('href')]));
    expect(links).toEqual({
      'First page': '/catalog/?category=lighting&q=lamp',
      'Next page': '/catalog/?category=lighting&q=lamp&after=cur-2',
    });
  });

  it('offers no Next page on the last page and no First page on the first', async () => {
    const { wrapper } = await mountCatalog('/', catalog(() => productsPage([product(1)], 1, 'c0', false)));
    expect(wrapper.find('nav[aria-label="Pagination"]').exists()).toBe(false);
  });

  it('submits the search form to ?q=, keeping the category and dropping the cursor', async () => {
    const { wrapper, router } = await mountCatalog('/?category=lighting&after=abc', catalog(() => productsPage([product(1)], 1, null, false)));
    const form = wrapper.get('form[role="search"]');
    expect(form.get('label').text()).toBe('Search products');
    await form.get('input').setValue('  desk lamp ');
    await form.trigger('submit');
    await flushPromises();
    expect(router.currentRoute.value.fullPath).toBe('/?category=lighting&q=desk+lamp');
  });

  it('changes category from the labelled select, keeping the search', async () => {
    const { wrapper, router } = await mountCatalog('/?q=lamp', catalog(() => productsPage([product(1)], 1, null, false)));
    const select = wrapper.get('select#catalog-category-select');
    expect(wrapper.get('label[for="catalog-category-select"]').text()).toBe('Category');
    await select.setValue('lighting');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ category: 'lighting', q: 'lamp' });
  });

  it('shows an empty state naming the search, with a Clear filters link', async () => {
    const { wrapper } = await mountCatalog('/?q=zzz&category=lighting', catalog(() => productsPage([], 0, null, false)));
    expect(wrapper.text()).toContain('No products match “zzz” in Lighting');
    const clear = wrapper.findAll('a').find((a) => a.text() === 'Clear filters');
    expect(clear?.attributes('href')).toBe('/catalog/');
  });

  it('shows an error with Retry that refetches, then the products', async () => {
    let calls = 0;
    const { wrapper } = await mountCatalog(
      '/',
      catalog(() => (++calls === 1 ? fail('UNAVAILABLE', 'The service is unreachable.') : productsPage([product(1)], 1, null, false))),
    );
    expect(wrapper.get('[role="alert"]').text()).toContain('The service is unreachable.');
    await wrapper.get('[role="alert"] button').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role="alert"]').exists()).toBe(false);
    expect(wrapper.findAll('article')).toHaveLength(1);
  });

  it('shows a loading status while the first page is on its way', async () => {
    const { wrapper } = await mountCatalog('/', catalog(() => new Promise(() => {})));
    expect(wrapper.get('[role="status"][aria-busy="true"]').text()).toContain('Loading products');
  });

  it('each card adds its own quantity to the cart and reports the answer to the shell', async () => {
    const cart = recordingCart();
    const answer = { addToCart: { guestCartId: 'AbCdEfGhIjKlMnOpQrStUv', itemCount: 2, mergedGuestCart: false } };
    const page = productsPage([product(1), product(2)], 2, null, false);
    const { wrapper, request } = await mountCatalog('/', catalog((operation) => (operation === 'AddToCart' ? answer : page)), testSession(), cart);
    const second = wrapper.findAll('article')[1]!;
    const field = second.get('input[type="number"]');
    expect(second.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Quantity of Product 2');
    await field.setValue(2);
    await second.get('form.add-to-cart').trigger('submit');
    await flushPromises();
    expect(request.mock.calls.at(-1)![1]).toEqual({ productId: 'p2', quantity: 2 });
    expect(cart.reports).toEqual([answer.addToCart]);
    expect(second.get('[role="status"]').text()).toContain('Added to cart');
  });

  it('one confirmation at a time: adding from a second card takes the word from the first', async () => {
    let count = 0;
    const page = productsPage([product(1), product(2)], 2, null, false);
    const { wrapper } = await mountCatalog(
      '/',
      catalog((operation) => (operation === 'AddToCart' ? { addToCart: { guestCartId: null, itemCount: (count += 1), mergedGuestCart: false } } : page)),
      testSession(),
      recordingCart(),
    );
    const [first, second] = wrapper.findAll('article');
    await first!.get('form.add-to-cart').trigger('submit');
    await flushPromises();
    expect(first!.get('[role="status"]').text()).toBe('Added to cart (1 item in your cart).');
    await second!.get('form.add-to-cart').trigger('submit');
    await flushPromises();
    expect(wrapper.findAll('.add-to-cart [role="status"]').map((status) => status.text())).toEqual(['Added to cart (2 items in your cart).']);
    expect(second!.find('[role="status"]').exists()).toBe(true);
  });
});

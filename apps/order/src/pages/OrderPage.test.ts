import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { Subscribe } from '../live';
import { signedInAs, testSession } from '@shop/apps-platform/testing';
import { fail, mountOrder } from '../testing/mount-order';
import { order } from '../testing/fixtures';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OrderPage', () => {
  it('shows the order, then each status as it arrives, ignoring stale updates', async () => {
    let push: ((data: unknown) => void) | undefined;
    let finish: (() => void) | undefined;
    const subscribe = ((_doc, _vars, _signal, onNext) => {
      push = onNext as (data: unknown) => void;
      return new Promise<void>((resolve) => (finish = resolve));
    }) as Subscribe;
    const { wrapper } = await mountOrder('/orders/o-1', () => ({ order: order(1, 'PENDING') }), { subscribe });
    expect(wrapper.get('h1').text()).toBe('Order K7QX-4MZD-29');
    expect(wrapper.get('[role="status"]').text()).toContain('reserving');
    push!({ orderUpdated: order(3, 'PAID') });
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toContain('Paid');
    push!({ orderUpdated: order(2, 'STOCK_RESERVED') });
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toContain('Paid');
    push!({ orderUpdated: order(4, 'SHIPPED') });
    finish!();
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('Shipped.');
  });

  it('shows why an order was cancelled', async () => {
    const { wrapper } = await mountOrder('/orders/o-1', () => ({ order: order(3, 'CANCELLED', { cancelReason: 'card declined' }) }));
    expect(wrapper.get('[role="status"]').text()).toBe('Cancelled: card declined.');
  });

  it('names the items that were out of stock and links each item to its product page', async () => {
    const lines = [1, 2].map((n) => ({ productId: `p${n}`, productName: `Product ${n}`, productSlug: `product-${n}`, quantity: 1, unitPrice: { formatted: '$10.00' }, lineTotal: { formatted: '$10.00' } }));
    const cancelled = order(3, 'CANCELLED', { cancelReason: 'out of stock', outOfStockProductIds: ['p2'], lines });
    const { wrapper } = await mountOrder('/orders/o-1', () => ({ order: cancelled }));
    const rows = wrapper.findAll('tbody tr');
    expect(rows[0]!.get('a').attributes('href')).toBe('/catalog/p/product-1');
    expect(rows[0]!.text()).not.toContain('out of stock');
    expect(rows[1]!.text()).toContain('Product 2 (out of stock)');
  });

  it('a refunded order shows the steps up to Paid as done, then Refunded', async () => {
    const { wrapper } = await mountOrder('/orders/o-1', () => ({ order: order(5, 'REFUNDED') }));
    const steps = wrapper.findAll('ol[aria-label="Order progress"] li');
    expect(steps.map((step) => [step.text(), step.classes('timeline__step--done')])).toEqual([
      ['Placed', true],
      ['Items reserved', true],
      ['Paid', true],
      ['Shipped', false],
      ['Refunded', false],
    ]);
  });

  it("says an unknown or another shopper's order is not found", async () => {
    const { wrapper } = await mountOrder('/orders/o-2', () => fail('NOT_FOUND', 'There is no such order.'));
    expect(wrapper.text()).toContain('Order not found');
  });

  it('back online: ends the stream it had, re-reads the order and subscribes again', async () => {
    const streams: AbortSignal[] = [];
    const subscribe = ((_doc, _vars, signal) => {
      streams.push(signal);
      return new Promise<void>((_resolve, reject) => signal.addEventListener('abort', () => reject(new Error('aborted'))));
    }) as Subscribe;
    let reads = 0;
    const { wrapper } = await mountOrder('/orders/o-1', () => ({ order: (reads += 1) === 1 ? order(1, 'PENDING') : order(3, 'PAID') }), { subscribe });
    expect(streams).toHaveLength(1);
    window.dispatchEvent(new Event('online'));
    await flushPromises();
    expect(streams[0]!.aborted).toBe(true);
    expect(reads).toBe(2);
    expect(streams).toHaveLength(2);
    expect(wrapper.get('[role="status"]').text()).toContain('Paid');
    wrapper.unmount();
    expect(streams[1]!.aborted).toBe(true);
  });

  it('signed out: follows nothing and shows nobody’s order; a sign-out on the page takes the order off the screen', async () => {
    const session = testSession();
    let streams = 0;
    const subscribe = (async () => void (streams += 1)) as Subscribe;
    const { wrapper, request } = await mountOrder('/orders/o-1', () => ({ order: order(1, 'PENDING') }), { session, subscribe });
    expect(wrapper.text()).toContain('Sign in to the shop to see this order');
    expect(request).not.toHaveBeenCalled();
    expect(streams).toBe(0);
    session.set(signedInAs());
    await flushPromises();
    expect(wrapper.get('h1').text()).toBe('Order K7QX-4MZD-29');
    session.set(testSession().current());
    await flushPromises();
    expect(wrapper.text()).not.toContain('K7QX');
    expect(wrapper.text()).toContain('Sign in to the shop to see this order');
    expect(wrapper.find('[role="status"]').exists()).toBe(false);
  });

  it('after a cancel, a late stream update older than the cancel’s answer does not bring the old status back', async () => {
    let push: ((data: unknown) => void) | undefined;
    const subscribe = ((_doc, _vars, _signal, onNext) => {
      push = onNext as (data: unknown) => void;
      return new Promise<void>(() => undefined);
    }) as Subscribe;
    const { wrapper } = await mountOrder(
      '/orders/o-1',
      (operation) => (operation === 'CancelOrder' ? { cancelOrder: order(3, 'CANCELLED', { cancelReason: 'cancelled by customer' }) } : { order: order(1, 'PENDING') }),
      { subscribe },
    );
    await wrapper.get('button').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('Cancelled: cancelled by customer.');
    push!({ orderUpdated: order(2, 'STOCK_RESERVED') }); // sent before the cancel, arriving after it
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe('Cancelled: cancelled by customer.');
  });
});

import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signedInAs, testSession } from '@shop/apps-platform/testing';
import { mountOrder } from '../testing/mount-order';

// happy-dom lays nothing out: give elements the size of a 600 px tall list viewport.
beforeEach(() => {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({ x: 0, y: 0, top: 0, left: 0, right: 800, bottom: 600, width: 800, height: 600, toJSON: () => ({}) });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800);
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const page = (from: number, count: number, total: number) => ({
  orders: {
    totalCount: total,
    pageInfo: { hasNextPage: from + count < total, endCursor: `c${from + count}` },
    edges: Array.from({ length: count }, (_, i) => ({
      node: { id: `o-${from + i}`, number: `N${from + i}`, status: 'SHIPPED', cancelReason: null, createdAt: '2026-12-04T03:00:00.000Z', total: { formatted: '$1.00' }, lines: [{ quantity: 1 }] },
    })),
  },
});

describe('OrdersPage', () => {
  it('lists orders newest first as links, rendering only the rows in view', async () => {
    const { wrapper, request } = await mountOrder('/orders', (_op, variables) => page(variables['after'] ? 20 : 0, 20, 300));
    expect(wrapper.text()).toContain('300 orders');
    expect(request.mock.calls[0]![1]).toEqual({ first: 20, after: null });
    const rows = wrapper.findAll('li.orders__row');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]!.get('a').attributes('href')).toBe('/orders/o-0');
  });

  it('loads the next page as the end of the loaded rows nears, once per page', async () => {
    const { wrapper, request } = await mountOrder('/orders', (_op, variables) => page(Number(String(variables['after'] ?? 'c0').slice(1)), 20, 300));
    // The first viewport (8 rows + 8 overscan) already reaches within 5 rows of the first page's end.
    expect(request.mock.calls.map(([, variables]) => variables['after'])).toEqual([null, 'c20']);
    const scroller = wrapper.get('.orders__scroller').element as HTMLElement;
    scroller.scrollTop = 40 * 72 - 600;
    scroller.dispatchEvent(new Event('scroll'));
    scroller.dispatchEvent(new Event('scroll'));
    await flushPromises();
    expect(request.mock.calls.map(([, variables]) => variables['after'])).toEqual([null, 'c20', 'c40']);
    expect(wrapper.findAll('li.orders__row').some((row) => row.text().includes('N39'))).toBe(true);
  });

  it('says when there are no orders yet', async () => {
    const { wrapper } = await mountOrder('/orders', () => page(0, 0, 0));
    expect(wrapper.text()).toContain('No orders yet');
  });

  it('signed out: asks to sign in without asking the BFF; a sign-out takes the orders off the screen, a sign-in loads the new shopper’s', async () => {
    const session = testSession();
    const { wrapper, request } = await mountOrder('/orders', (_op, variables) => page(variables['after'] ? 20 : 0, 20, 300), { session });
    expect(wrapper.text()).toContain('Sign in to the shop to see your orders');
    expect(request).not.toHaveBeenCalled();
    session.set(signedInAs());
    await flushPromises();
    expect(wrapper.text()).toContain('300 orders');
    expect(request.mock.calls[0]![1]).toEqual({ first: 20, after: null });
    session.set(testSession().current());
    await flushPromises();
    expect(wrapper.text()).not.toContain('300 orders');
    expect(wrapper.find('.orders__scroller').isVisible()).toBe(false);
    expect(wrapper.findAll('li.orders__row')).toHaveLength(0);
  });

  it('a cancelled order in the list says why', async () => {
    const cancelled = page(0, 1, 1);
    Object.assign(cancelled.orders.edges[0]!.node, { status: 'CANCELLED', cancelReason: 'card declined' });
    const { wrapper } = await mountOrder('/orders', () => cancelled);
    expect(wrapper.get('li.orders__row').text()).toContain('Cancelled: card declined.');
  });
});

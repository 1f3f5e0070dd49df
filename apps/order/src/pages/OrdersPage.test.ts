import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
      node: { id: `o-${from + i}`, number: `N${from + i}`, status: 'SHIPPED', createdAt: '2026-12-04T03:00:00.000Z', total: { formatted: '$1.00' }, lines: [{ quantity: 1 }] },
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

  it('says when there are no orders yet', async () => {
    const { wrapper } = await mountOrder('/orders', () => page(0, 0, 0));
    expect(wrapper.text()).toContain('No orders yet');
  });
});

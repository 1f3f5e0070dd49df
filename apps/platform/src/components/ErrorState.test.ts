// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import ErrorState from './ErrorState.vue';
import LoadingState from './LoadingState.vue';
import EmptyState from './EmptyState.vue';

describe('state components', () => {
  it('ErrorState shows the message as an alert and emits retry', async () => {
    const wrapper = mount(ErrorState, { props: { message: 'The service is unreachable.' } });
    expect(wrapper.get('[role="alert"]').text()).toContain('The service is unreachable.');
    await wrapper.get('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });

  it('LoadingState is a busy status region', () => {
    const status = mount(LoadingState, { props: { label: 'Loading products…' } }).get('[role="status"]');
    expect(status.attributes('aria-busy')).toBe('true');
    expect(status.text()).toBe('Loading products…');
  });

  it('EmptyState renders its title and actions', () => {
    const wrapper = mount(EmptyState, { props: { title: 'No products' }, slots: { default: '<a href="/x">Clear filters</a>' } });
    expect(wrapper.get('h2').text()).toBe('No products');
    expect(wrapper.get('a').text()).toBe('Clear filters');
  });
});

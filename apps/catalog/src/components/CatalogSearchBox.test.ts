import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import CatalogSearchBox from './CatalogSearchBox.vue';

describe('CatalogSearchBox', () => {
  it('emits the trimmed text on submit', async () => {
    const wrapper = mount(CatalogSearchBox, { props: { query: '' } });
    await wrapper.get('input').setValue(' chair ');
    await wrapper.get('form').trigger('submit');
    expect(wrapper.emitted('search')).toEqual([['chair']]);
  });

  it('follows the URL query when it changes (back/forward)', async () => {
    const wrapper = mount(CatalogSearchBox, { props: { query: 'lamp' } });
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('lamp');
    await wrapper.setProps({ query: 'desk' });
    expect((wrapper.get('input').element as HTMLInputElement).value).toBe('desk');
  });
});

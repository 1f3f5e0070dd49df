import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SIGNED_OUT } from '@shop/apps-platform';
import { signedInAs, testSession } from '@shop/apps-platform/testing';
import { mountCatalog, productsPage } from '../testing/mount-catalog';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('CatalogViewerNote', () => {
  it('names the signed-in user from the session, and follows sign-out', async () => {
    const session = testSession(signedInAs({ displayName: 'Ada Lovelace' }));
    const { wrapper } = await mountCatalog('/', () => ({ categories: [], ...productsPage([], 0, null, false) }), session);
    expect(wrapper.text()).toContain('Shopping as Ada Lovelace');
    session.set(SIGNED_OUT);
    await flushPromises();
    expect(wrapper.text()).not.toContain('Shopping as');
  });
});

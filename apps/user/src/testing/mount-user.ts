// Test helper: the real App and router over memory history, a scripted GraphQL client and a
// session the test drives.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import type { Mock } from 'vitest';
import type { App as VueApp } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { provideGraphQLClient, provideSession, type AuthPayload, type SessionUser } from '@shop/apps-platform';
import { scriptedClient, testSession, type Responder } from '@shop/apps-platform/testing';
import App from '../App.vue';
import { createUserRouter } from '../router';

export { fail, signedInAs, testSession, type Responder } from '@shop/apps-platform/testing';

/** Mounts the user app at `path` (relative to /account). */
export async function mountUser(
  path: string,
  respond: Responder,
  session = testSession(),
): Promise<{ wrapper: VueWrapper; router: Router; request: Mock; session: ReturnType<typeof testSession> }> {
  const { client, request } = scriptedClient(respond);
  const router = createUserRouter(createMemoryHistory('/account'), session);
  await router.push(path);
  await router.isReady();
  const wrapper = mount(App, {
    attachTo: document.body,
    global: { plugins: [router, { install: (app: VueApp) => (provideGraphQLClient(app, client), provideSession(app, session)) }] },
  });
  await flushPromises();
  return { wrapper, router, request, session };
}

/** An AuthPayload as the BFF sends it. */
export function authPayload(user: Partial<SessionUser> = {}, token = 'token-2'): AuthPayload {
  return {
    user: { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions: ['account:manage-own'], ...user },
    accessToken: token,
    accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString(),
  };
}

/** Fills a labelled input (found by its label text, like a user would). */
export async function fill(wrapper: VueWrapper, label: string, value: string): Promise<void> {
  const labelEl = wrapper.findAll('label').find((l) => l.text() === label);
  if (!labelEl) throw new Error(`no label "${label}"`);
  await wrapper.get(`#${labelEl.attributes('for')}`).setValue(value);
}

/** Clicks the button with this text. */
export async function click(wrapper: VueWrapper, text: string): Promise<void> {
  const button = wrapper.findAll('button').find((b) => b.text() === text);
  if (!button) throw new Error(`no button "${text}"`);
  await button.trigger(button.attributes('type') === 'submit' ? 'submit' : 'click');
  await flushPromises();
}

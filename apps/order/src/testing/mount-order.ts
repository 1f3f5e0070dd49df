// Test helper: the real App and router over memory history, a scripted GraphQL client, a test
// session, a recording cart bridge and a scripted live transport.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { Mock } from 'vitest';
import type { App as VueApp } from 'vue';
import { createMemoryHistory, type Router } from 'vue-router';
import { provideCartBridge, provideGraphQLClient, provideSession, type SessionSource } from '@shop/apps-platform';
import { recordingCart, scriptedClient, signedInAs, testSession, type Responder } from '@shop/apps-platform/testing';
import App from '../App.vue';
import { provideLiveTransport, type Subscribe } from '../live';
import { createOrderRouter } from '../router';

export { fail } from '@shop/apps-platform/testing';

export interface MountOptions {
  session?: SessionSource;
  /** The live transport (default: a stream that completes at once). */
  subscribe?: Subscribe;
}

/** Mounts the order app at `path`. */
export async function mountOrder(path: string, respond: Responder, options: MountOptions = {}) {
  const { client, request } = scriptedClient(respond);
  const cart = recordingCart();
  const session = options.session ?? testSession(signedInAs());
  const router: Router = createOrderRouter(createMemoryHistory('/'));
  await router.push(path);
  await router.isReady();
  const subscribe: Subscribe = options.subscribe ?? (async () => undefined);
  const wrapper: VueWrapper = mount(App, {
    attachTo: document.body,
    global: {
      plugins: [
        router,
        createPinia(),
        {
          install: (app: VueApp) => {
            provideGraphQLClient(app, client);
            provideSession(app, session);
            provideCartBridge(app, cart);
            provideLiveTransport(app, subscribe);
          },
        },
      ],
    },
  });
  await flushPromises();
  return { wrapper, router, request: request as Mock, cart };
}


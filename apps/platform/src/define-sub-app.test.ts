// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { createApp, defineComponent, h } from 'vue';
import { createRouter, RouterView } from 'vue-router';
import { useGraphQLClient } from './graphql-client-injection.js';
import { defineSubApp, type SubAppContext } from './define-sub-app.js';
import type { MicroAppBridge } from './global.d.ts';
import { useSession } from './session/use-session.js';

const Home = defineComponent({
  setup() {
    useGraphQLClient(); // throws if the client was not provided
    return () => h('p', { id: 'demo-home' }, 'home');
  },
});

function define(onCreate: (ctx: SubAppContext) => void = () => {}): void {
  defineSubApp({
    name: 'demo',
    base: '/demo',
    create(ctx) {
      onCreate(ctx);
      const app = createApp(RouterView);
      return { app, router: createRouter({ history: ctx.history, routes: [{ path: '/', component: Home }] }) };
    },
  });
}

/** micro-app's bridge with cached global data and listeners (what the sandbox gives a sub-app). */
function bridge(data: Record<string, unknown>, globalData: Record<string, unknown> | null = null): MicroAppBridge {
  const listeners = new Set<(d: Record<string, unknown>) => void>();
  return {
    getData: () => data,
    getGlobalData: () => globalData,
    addGlobalDataListener: (fn: (d: Record<string, unknown>) => void, auto?: boolean) => {
      listeners.add(fn);
      if (auto && globalData) fn(globalData);
    },
    removeGlobalDataListener: (fn: (d: Record<string, unknown>) => void) => listeners.delete(fn),
    listeners,
  } as unknown as MicroAppBridge;
}

beforeEach(() => {
  document.body.innerHTML = '<div id="demo-app"></div>';
  window.history.replaceState(null, '', '/');
});

afterEach(() => {
  delete window.__MICRO_APP_ENVIRONMENT__;
  delete window.__MICRO_APP_BASE_ROUTE__;
  delete window.microApp;
  delete window.mount;
  delete window.unmount;
  vi.unstubAllGlobals();
});

describe('defineSubApp', () => {
  it('inside the shell: mounts on window.mount with the shell data, and unmounts cleanly, repeatedly', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    window.__MICRO_APP_BASE_ROUTE__ = '/demo';
    window.history.replaceState(null, '', '/demo/');
    window.microApp = bridge({ bffUrl: 'http://bff.test/graphql' });
    const contexts: SubAppContext[] = [];
    define((ctx) => contexts.push(ctx));
    expect(document.getElementById('demo-home')).toBeNull(); // nothing until the shell says so
    for (let visit = 1; visit <= 2; visit++) {
      await window.mount!();
      await flushPromises();
      expect(document.getElementById('demo-home')?.textContent).toBe('home');
      expect(document.getElementById('demo-app')!.classList.contains('shop-app')).toBe(true);
      window.unmount!();
      expect(document.getElementById('demo-home')).toBeNull();
    }
    expect(contexts).toHaveLength(2);
    expect(contexts[0]).toMatchObject({ name: 'demo', embedded: true, config: { bffUrl: 'http://bff.test/graphql' } });
    expect(contexts[0]!.history).not.toBe(contexts[1]!.history);
  });

  it('inside the shell: pages see the shell session through useSession, and unmount stops listening', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    const user = { id: 'u1', email: 'ada@shop.test', displayName: 'Ada', role: 'USER', permissions: [] };
    window.microApp = bridge({ bffUrl: 'http://bff.test/graphql' }, { session: { user, accessToken: 't1', expiresAt: null } });
    const Who = defineComponent({
      setup() {
        const { user: current } = useSession();
        return () => h('p', { id: 'demo-who' }, current.value?.displayName ?? 'nobody');
      },
    });
    defineSubApp({
      name: 'demo',
      base: '/demo',
      create: (ctx) => ({ app: createApp(Who), router: createRouter({ history: ctx.history, routes: [{ path: '/:p(.*)*', component: Who }] }) }),
    });
    await window.mount!();
    await flushPromises();
    expect(document.getElementById('demo-who')?.textContent).toBe('Ada');
    const listeners = (window.microApp as unknown as { listeners: Set<unknown> }).listeners;
    expect(listeners.size).toBe(1);
    window.unmount!();
    expect(listeners.size).toBe(0);
  });

  it('inside the shell without a bffUrl: shows an alert instead of a blank area', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    window.microApp = bridge({});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    define();
    await window.mount!();
    expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/could not start/);
  });

  it('standalone: fetches /runtime-config.json, redirects / to the base and mounts', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify({ bffUrl: 'http://bff.test/graphql' })));
    vi.stubGlobal('fetch', fetch);
    let context: SubAppContext | undefined;
    define((ctx) => (context = ctx));
    await flushPromises();
    await flushPromises();
    expect(fetch).toHaveBeenCalledWith('/runtime-config.json', expect.anything());
    expect(window.location.pathname).toBe('/demo/');
    expect(context).toMatchObject({ embedded: false, config: { bffUrl: 'http://bff.test/graphql' } });
    expect(window.mount).toBeUndefined();
  });

  it('inside the shell: a cart app names the shared guest cart (X-Cart-Id) on every call; other apps never send it', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    window.microApp = bridge({ bffUrl: 'http://bff.test/graphql' }, { cart: { guestCartId: 'AbCdEfGhIjKlMnOpQrStUv' } });
    const sent: Array<Record<string, string>> = [];
    vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => (sent.push(init.headers as Record<string, string>), new Response(JSON.stringify({ data: { ok: true } })))));
    const query = parse('{ ok }') as TypedDocumentNode<{ ok: boolean }, Record<string, never>>;
    for (const carts of [true, false]) {
      let client: SubAppContext['client'] | undefined;
      defineSubApp({
        name: 'demo',
        base: '/demo',
        carts,
        create: (ctx) => ((client = ctx.client), { app: createApp(RouterView), router: createRouter({ history: ctx.history, routes: [{ path: '/:p(.*)*', component: Home }] }) }),
      });
      await window.mount!();
      await client!.request(query, {});
      window.unmount!();
    }
    expect(sent[0]!['X-Cart-Id']).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(sent[1]).not.toHaveProperty('X-Cart-Id');
  });
});

// @vitest-environment happy-dom
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp, defineComponent, h } from 'vue';
import { createRouter, RouterView } from 'vue-router';
import { useGraphQLClient } from './graphql-client-injection.js';
import { defineSubApp, type SubAppContext } from './define-sub-app.js';

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
    window.microApp = { getData: () => ({ bffUrl: 'http://bff.test/graphql' }), getGlobalData: () => null } as unknown as typeof window.microApp;
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

  it('inside the shell without a bffUrl: shows an alert instead of a blank area', async () => {
    window.__MICRO_APP_ENVIRONMENT__ = true;
    window.microApp = { getData: () => ({}), getGlobalData: () => null } as unknown as typeof window.microApp;
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
});

import type { App } from 'vue';
import { createWebHistory, type Router, type RouterHistory } from 'vue-router';
import { createGraphQLClient, type GraphQLClient } from './graphql-client.js';
import { provideGraphQLClient } from './graphql-client-injection.js';
import { fetchRuntimeConfig, isEmbedded, readAccessToken, readShellConfig, type RuntimeConfig } from './runtime-config.js';

/** Everything a sub-app's `create` receives on each mount. */
export interface SubAppContext {
  name: string;
  config: RuntimeConfig;
  /** Router history for this mount; destroyed on unmount. */
  history: RouterHistory;
  /** GraphQL client for the sub-app's BFF, already provided to the app. */
  client: GraphQLClient;
  /** True inside the shell's micro-app sandbox. */
  embedded: boolean;
}

/** How to build one sub-app. */
export interface SubAppDefinition {
  /** The micro-app name (`catalog`); the root element is `#<name>-app`. */
  name: string;
  /** Router base when standalone, e.g. `/catalog`; the shell's `baseroute` wins when embedded. */
  base: string;
  /** Creates the Vue app and its router (not yet mounted). Called on every visit. */
  create(context: SubAppContext): { app: App; router: Router };
}

/** Starts a sub-app: micro-app lifecycles (`window.mount/unmount`) in the shell, else mounts now. */
export function defineSubApp(definition: SubAppDefinition): void {
  const rootId = `${definition.name}-app`;
  let current: { app: App; history: RouterHistory } | undefined;

  function mount(config: RuntimeConfig, embedded: boolean): void {
    const root = document.getElementById(rootId);
    if (!root) throw new Error(`#${rootId} is missing from index.html`);
    root.classList.add('shop-app');
    const history = createWebHistory(window.__MICRO_APP_BASE_ROUTE__ || definition.base);
    const client = createGraphQLClient({ url: config.bffUrl, headers: authorizationHeader });
    const { app, router } = definition.create({ name: definition.name, config, history, client, embedded });
    provideGraphQLClient(app, client);
    app.use(router);
    app.mount(root);
    current = { app, history };
  }

  function unmount(): void {
    current?.app.unmount();
    current?.history.destroy();
    current = undefined;
  }

  if (isEmbedded()) {
    window.mount = () => {
      try {
        mount(readShellConfig(), true);
      } catch (error) {
        showBootError(rootId, error);
      }
    };
    window.unmount = unmount;
    return;
  }
  redirectToBase(definition.base);
  fetchRuntimeConfig().then((config) => mount(config, false), (error: unknown) => showBootError(rootId, error));
}

function authorizationHeader(): Record<string, string | undefined> {
  const token = readAccessToken();
  return { Authorization: token ? `Bearer ${token}` : undefined };
}

// Standalone, `/` is the sub-app's home: send it to the base so links and routes line up.
function redirectToBase(base: string): void {
  const home = base.endsWith('/') ? base : `${base}/`;
  if (window.location.pathname === '/' && home !== '/') {
    window.history.replaceState(window.history.state, '', `${home}${window.location.search}${window.location.hash}`);
  }
}

// Never a blank area: say that the app could not start, without internals.
function showBootError(rootId: string, error: unknown): void {
  console.error(`[${rootId}] could not start`, error);
  const root = document.getElementById(rootId);
  if (!root) return;
  const alert = document.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = 'This part of the shop could not start. Please reload the page.';
  root.replaceChildren(alert);
}

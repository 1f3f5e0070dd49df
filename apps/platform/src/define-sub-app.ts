import type { App } from 'vue';
import { createWebHistory, type Router, type RouterHistory } from 'vue-router';
import { shellCartBridge, storedCartBridge, type CartBridge } from './cart/cart-bridge.js';
import { provideCartBridge } from './cart/use-cart-bridge.js';
import type { GraphQLClient } from './graphql-client.js';
import { provideGraphQLClient } from './graphql-client-injection.js';
import { fetchRuntimeConfig, isEmbedded, readShellConfig, type RuntimeConfig } from './runtime-config.js';
import { createAuthGraphQLClient } from './session/auth-graphql-client.js';
import { anonymousSession, globalDataSession } from './session/global-data-session.js';
import type { SessionSource } from './session/types.js';
import { provideSession } from './session/use-session.js';

/** Everything a sub-app's `create` receives on each mount. */
export interface SubAppContext {
  name: string;
  config: RuntimeConfig;
  /** Router history for this mount; destroyed on unmount. */
  history: RouterHistory;
  /** GraphQL client for the sub-app's BFF (bearer from the session, refresh + retry), already provided to the app. */
  client: GraphQLClient;
  /** The session (the shell's global data; standalone: `standaloneSession` or anonymous), already provided (`useSession`). */
  session: SessionSource;
  /** True inside the shell's micro-app sandbox. */
  embedded: boolean;
  /** The guest cart id to send and where cart answers go (already provided: `useCartBridge`). */
  cart: CartBridge;
}

/** How to build one sub-app. */
export interface SubAppDefinition {
  /** The micro-app name (`catalog`); the root element is `#<name>-app`. */
  name: string;
  /** Router base when standalone, e.g. `/catalog`; the shell's `baseroute` wins when embedded. */
  base: string;
  /** `include` when the BFF keeps a cookie (the user BFF); default same-origin. */
  credentials?: RequestCredentials;
  /** True when the app's BFF serves carts (catalog, order): its calls name the guest cart (`X-Cart-Id`). */
  carts?: boolean;
  /** Standalone only: the app's own session (default: anonymous); `restore()` runs before the first mount. */
  standaloneSession?(config: RuntimeConfig): SessionSource & { restore?(): Promise<void> };
  /** Creates the Vue app and its router (not yet mounted). Called on every visit. */
  create(context: SubAppContext): { app: App; router: Router };
}

/** Starts a sub-app: micro-app lifecycles (`window.mount/unmount`) in the shell, else mounts now. */
export function defineSubApp(definition: SubAppDefinition): void {
  const rootId = `${definition.name}-app`;
  let current: { app: App; history: RouterHistory; dispose?: () => void } | undefined;

  function mount(config: RuntimeConfig, embedded: boolean, session: SessionSource, dispose?: () => void): void {
    const root = document.getElementById(rootId);
    if (!root) throw new Error(`#${rootId} is missing from index.html`);
    root.classList.add('shop-app');
    const history = createWebHistory(window.__MICRO_APP_BASE_ROUTE__ || definition.base);
    const cart = embedded ? shellCartBridge(window.microApp!) : storedCartBridge(window.localStorage);
    // A cart BFF's every call names the guest cart (when there is one): it merges the cart once the
    // shopper signs in. The id opens the cart, so other BFFs never see it.
    const headers = definition.carts ? () => ({ 'X-Cart-Id': cart.guestCartId() }) : undefined;
    const client = createAuthGraphQLClient({ url: config.bffUrl, credentials: definition.credentials, session, headers });
    const { app, router } = definition.create({ name: definition.name, config, history, client, session, embedded, cart });
    provideGraphQLClient(app, client);
    provideCartBridge(app, cart);
    provideSession(app, session);
    app.use(router);
    app.mount(root);
    current = { app, history, dispose };
  }

  function unmount(): void {
    current?.app.unmount();
    current?.history.destroy();
    current?.dispose?.();
    current = undefined;
  }

  if (isEmbedded()) {
    window.mount = () => {
      try {
        // Per mount: micro-app drops a sub-app's global data listeners when it unmounts.
        const session = globalDataSession(window.microApp!);
        mount(readShellConfig(), true, session, session.dispose);
      } catch (error) {
        showBootError(rootId, error);
      }
    };
    window.unmount = unmount;
    return;
  }
  redirectToBase(definition.base);
  fetchRuntimeConfig()
    .then(async (config) => {
      const session = definition.standaloneSession?.(config) ?? anonymousSession();
      await (session as { restore?(): Promise<void> }).restore?.();
      mount(config, false, session);
    })
    .catch((error: unknown) => showBootError(rootId, error));
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

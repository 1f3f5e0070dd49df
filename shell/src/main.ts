import { createApp } from 'vue';
import { createPinia } from 'pinia';
import './styles/shell.css';
import { loadManifest } from './manifest/load.js';
import { startMicroApp } from './micro-app/start.js';
import { provideBrowserLocation, trackLocation } from './micro-app/browser-location.js';
import { createShellRouter } from './router/index.js';
import { useManifestStore } from './stores/useManifestStore.js';
import { useSessionStore } from './stores/useSessionStore.js';
import { useCartStore } from './stores/useCartStore.js';
import { cartSummaryReader } from './cart/cart-summary.js';
import microApp from '@micro-zoe/micro-app';
import { startShellSession } from './session/start-shell-session.js';
import ShellLayout from './layout/ShellLayout.vue';
import ManifestErrorPage from './pages/ManifestErrorPage.vue';

/** The sub-app whose BFF answers `cartSummary`. */
const CART_SUMMARY_APP = 'catalog';

/** Loads the runtime manifest, then mounts the shell (or a clear error page if it is broken). */
async function bootstrap(): Promise<void> {
  const result = await loadManifest();
  if (!result.ok) {
    console.error('[shell] invalid manifest', result.errors);
    createApp(ManifestErrorPage, { errors: result.errors }).mount('#app');
    return;
  }
  startMicroApp();
  const app = createApp(ShellLayout);
  const pinia = createPinia();
  app.use(pinia);
  useManifestStore(pinia).setManifest(result.manifest);
  const router = createShellRouter(result.manifest);
  // The header count comes from the catalog BFF's cartSummary (carts live in the order service).
  const cartApp = result.manifest.apps.find((entry) => entry.name === CART_SUMMARY_APP);
  const cart = useCartStore(pinia);
  cart.start({ host: microApp, storage: window.localStorage, readSummary: cartApp && cartSummaryReader(cartApp.bffUrl) });
  startShellSession(router, result.manifest, useSessionStore(pinia), (session) => cart.sessionChanged(session));
  provideBrowserLocation(app, trackLocation({ shellRouter: router, subAppRouter: microApp.router }));
  app.use(router);
  app.mount('#app');
}

void bootstrap();

// Production server for the built order sub-app (apps/platform's sub-app server). Importable by e2e (`startOrderApp`).
import { distOf, runSubAppServer, startSubAppServer, type SubAppServer } from '@shop/apps-platform/server';

const declaration = { name: 'order', moduleUrl: import.meta.url, defaultPort: 4203, defaultBffUrl: 'http://localhost:4003/graphql' };

/** Serves the built order app (`root` defaults to apps/order/dist); rejects when it is not built. */
export function startOrderApp(options: { port: number; bffUrl: string; host?: string; root?: string }): Promise<SubAppServer> {
  return startSubAppServer({ ...options, name: declaration.name, root: options.root ?? distOf(import.meta.url) });
}

runSubAppServer(declaration);

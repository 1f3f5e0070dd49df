// Production server for the built catalog sub-app (apps/platform's sub-app server). Importable by e2e (`startCatalogApp`).
import { distOf, runSubAppServer, startSubAppServer, type SubAppServer } from '@shop/apps-platform/server';

const declaration = { name: 'catalog', moduleUrl: import.meta.url, defaultPort: 4202, defaultBffUrl: 'http://localhost:4002/graphql' };

/** Serves the built catalog app (`root` defaults to apps/catalog/dist); rejects when it is not built. */
export function startCatalogApp(options: { port: number; bffUrl: string; host?: string; root?: string }): Promise<SubAppServer> {
  return startSubAppServer({ ...options, name: declaration.name, root: options.root ?? distOf(import.meta.url) });
}

runSubAppServer(declaration);

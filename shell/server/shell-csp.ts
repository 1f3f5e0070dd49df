import { microAppHostCsp, serializeCsp } from '@shop/apps-platform/server';
import { validateManifest } from '../src/manifest/validate.js';
import { readManifestSource, type ManifestSource } from './manifest-source.js';

/**
 * The shell's Content-Security-Policy for the manifest it serves right now: micro-app's host
 * needs (see `microAppHostCsp`) with the sub-apps' entry origins and their BFFs' origins. An
 * invalid manifest yields the policy without any sub-app (the shell then shows its error page).
 */
export function shellCsp(manifest: unknown): string {
  const result = validateManifest(manifest);
  const apps = result.ok ? result.manifest.apps : [];
  return serializeCsp(microAppHostCsp({ entries: apps.map((app) => app.entry), bffUrls: apps.map((app) => app.bffUrl) }));
}

/** A per-request CSP source for the static server: re-reads the manifest like `/manifest.json` does. */
export function createShellCspSource(source: ManifestSource): () => string {
  return () => shellCsp(readManifestSource(source));
}

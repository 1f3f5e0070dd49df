import type { Plugin } from 'vite';
import { jsonEndpoint } from '@shop/apps-platform/vite';
import { createManifestReader, type ManifestSource } from './manifest-source.js';

/** Vite plugin: serves `/manifest.json` from the manifest file in `vite` dev and `vite preview`. */
export function manifestDevPlugin(source: ManifestSource): Plugin {
  return jsonEndpoint('/manifest.json', createManifestReader(source), 'shell-manifest');
}

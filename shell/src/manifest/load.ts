import type { ManifestResult } from './types.js';
import { validateManifest } from './validate.js';

/** URL the shell's server answers with the current manifest (re-read on every request). */
export const MANIFEST_URL = '/manifest.json';

/** Fetches and validates the runtime manifest; network and JSON failures become readable errors. */
export async function loadManifest(
  fetchFn: typeof fetch = fetch,
  url: string = MANIFEST_URL,
): Promise<ManifestResult> {
  let response: Response;
  try {
    // no-store: a release is an edit of the manifest file, a reload must see it at once.
    response = await fetchFn(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  } catch (error) {
    return { ok: false, errors: [`could not fetch ${url}: ${describe(error)}`] };
  }
  if (!response.ok) {
    return { ok: false, errors: [`${url} answered HTTP ${response.status}`] };
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    return { ok: false, errors: [`${url} is not valid JSON`] };
  }
  // The shell's server answers `{ error }` when its manifest file cannot be read or parsed.
  if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
    return { ok: false, errors: [body.error] };
  }
  return validateManifest(body);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

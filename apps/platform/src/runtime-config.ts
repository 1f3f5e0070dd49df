/** What a sub-app needs to know at run time, whoever hosts it. */
export interface RuntimeConfig {
  /** Absolute URL of the sub-app's own BFF GraphQL endpoint. */
  bffUrl: string;
}

/** True when running inside the shell's micro-app sandbox. */
export function isEmbedded(win: Window = window): boolean {
  return Boolean(win.__MICRO_APP_ENVIRONMENT__);
}

function parseConfig(value: unknown, source: string): RuntimeConfig {
  const bffUrl = (value as { bffUrl?: unknown } | null | undefined)?.bffUrl;
  if (typeof bffUrl !== 'string' || bffUrl === '') {
    throw new Error(`${source} has no bffUrl`);
  }
  return { bffUrl };
}

/** Reads `{ bffUrl }` from the shell's `<micro-app :data>`; throws when the shell passed none. */
export function readShellConfig(win: Window = window): RuntimeConfig {
  return parseConfig(win.microApp?.getData(), 'micro-app data from the shell');
}

/** Fetches `/runtime-config.json` from the sub-app's own origin (standalone mode). */
export async function fetchRuntimeConfig(fetchImpl: typeof fetch = fetch): Promise<RuntimeConfig> {
  const response = await fetchImpl('/runtime-config.json', { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`/runtime-config.json answered ${response.status}`);
  return parseConfig(await response.json(), '/runtime-config.json');
}

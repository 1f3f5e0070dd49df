const MIRRORED = Symbol.for('shop.fastPathMirrored');

/**
 * Hooks the fast path runs for every document it serves: plugin set-up, and parse and
 * validate (once per document, when it compiles it — like yoga's parse/validate cache).
 */
const HOOKS_THE_FAST_PATH_RUNS = new Set(['onPluginInit', 'onYogaInit', 'onSchemaChange', 'onParse', 'onValidate']);

/**
 * Marks a plugin whose per-request hooks the fast path reproduces itself (e.g. the service
 * budget, error masking, graphql-jit); `why` is kept for the start-up log.
 */
export function mirroredByFastPath<P extends object>(plugin: P, why: string): P {
  return Object.assign(plugin, { [MIRRORED]: why });
}

/** A plugin hook the fast path would skip. */
export interface SkippedHook {
  plugin: number;
  hook: string;
}

/**
 * The hooks of `plugins` the fast path would not run (onRequest, onParams,
 * onContextBuilding, onExecute, onSubscribe, onResultProcess, onResponse, instrumentation…),
 * ignoring plugins marked with `mirroredByFastPath`. Empty means the fast path may serve.
 */
export function hooksSkippedByFastPath(plugins: readonly unknown[]): SkippedHook[] {
  const skipped: SkippedHook[] = [];
  plugins.forEach((plugin, index) => {
    if (typeof plugin !== 'object' || plugin === null || MIRRORED in plugin) return;
    for (const hook of Object.keys(plugin)) {
      if (!HOOKS_THE_FAST_PATH_RUNS.has(hook)) skipped.push({ plugin: index, hook });
    }
  });
  return skipped;
}

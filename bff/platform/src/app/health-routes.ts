import type { Hono } from 'hono';
import type { BffEnv } from './bff-env.js';

/** What /healthz reports. */
export interface HealthInfo {
  name: string;
  version: string;
}

/**
 * Adds /healthz (alive: name, version, uptime) and /readyz (dependencies reachable, 503
 * otherwise; a hanging check counts as not ready after `timeoutMs`).
 */
export function addHealthRoutes(
  app: Hono<BffEnv>,
  info: HealthInfo,
  ready: () => Promise<boolean>,
  timeoutMs = 1500,
): void {
  const startedAt = Date.now();
  app.get('/healthz', (c) =>
    c.json({
      status: 'ok',
      name: info.name,
      version: info.version,
      uptimeSeconds: Math.round((Date.now() - startedAt) / 1000),
    }),
  );
  app.get('/readyz', async (c) => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const ok = await Promise.race([ready().catch(() => false), timeout]);
    clearTimeout(timer);
    return c.json({ status: ok ? 'ready' : 'not ready' }, ok ? 200 : 503);
  });
}

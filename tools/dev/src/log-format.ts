// Children log pino JSON; on a terminal one short line per entry reads better.
const levels: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Renders one child output line as `[name] level msg (request_id)`, or verbatim when not JSON. */
export function formatLogLine(name: string, line: string): string {
  if (!line.startsWith('{')) return `[${name}] ${line}`;
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; request_id?: string; err?: { message?: string } };
    const level = levels[entry.level ?? 30] ?? 'info';
    const extra = [entry.request_id && `request_id=${entry.request_id}`, entry.err?.message].filter(Boolean);
    return `[${name}] ${level} ${entry.msg ?? ''}${extra.length ? ` (${extra.join(', ')})` : ''}`;
  } catch {
    return `[${name}] ${line}`;
  }
}

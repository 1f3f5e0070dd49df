import { describe, expect, it } from 'vitest';
import { createLogger } from './logger.js';

function capture() {
  const lines: Array<Record<string, unknown>> = [];
  return { lines, stream: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) } };
}

describe('createLogger', () => {
  it('takes a valid level and falls back for an unknown one', () => {
    expect(createLogger('t', 'debug').level).toBe('debug');
    expect(createLogger('t', 'loud').level).toBe('silent'); // the fallback under vitest
  });

  it('writes JSON lines with the service name and never an authorization header', () => {
    const { lines, stream } = capture();
    createLogger('bff-catalog', 'info', stream).info({ req: { headers: { authorization: 'Bearer secret' } } }, 'hello');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ service: 'bff-catalog', msg: 'hello' });
    expect(JSON.stringify(lines[0])).not.toContain('secret');
  });
});

import { describe, expect, it } from 'vitest';
import { formatLogLine } from './log-format.js';

describe('formatLogLine', () => {
  it('renders pino JSON as level, message and request id', () => {
    const line = JSON.stringify({ level: 50, msg: 'boom', request_id: 'r1', err: { message: 'db down' } });
    expect(formatLogLine('bff', line)).toBe('[bff] error boom (request_id=r1, db down)');
  });

  it('passes plain and broken lines through with the prefix', () => {
    expect(formatLogLine('shell', 'listening')).toBe('[shell] listening');
    expect(formatLogLine('shell', '{not json')).toBe('[shell] {not json');
  });
});

import type { Plugin } from 'graphql-yoga';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { mirroredByFastPath } from '../graphql/fast-path-guard.js';
import { postGraphQL } from '../testing/post-graphql.js';
import { startToyBff } from '../testing/toy-bff.js';

/** A plugin that counts executions, the kind of per-request hook the fast path would skip. */
function countingPlugin() {
  const counter = { executed: 0 };
  const plugin: Plugin = {
    onExecute() {
      counter.executed++;
    },
  };
  return { plugin, counter };
}

describe('fast path start-up guard', () => {
  it('stays off when yoga carries a plugin hook it would skip, says so, and the hook runs', async () => {
    const { plugin, counter } = countingPlugin();
    const lines: string[] = [];
    const logger = pino({ level: 'error' }, { write: (line: string) => void lines.push(line) });
    const bff = await startToyBff({ plugins: [plugin], logger });
    try {
      await postGraphQL(`${bff.url}/graphql`, { query: '{ hello }' });
      await postGraphQL(`${bff.url}/graphql`, { query: '{ hello }' });
      expect(counter.executed).toBe(2);
      expect(lines.join('')).toMatch(/fast path disabled/);
      expect(lines.join('')).toMatch(/plugin #\d+ onExecute/);
    } finally {
      await bff.stop();
    }
  });

  it('serves on the fast path when the plugin is marked as mirrored (its hook is skipped)', async () => {
    const { plugin, counter } = countingPlugin();
    const bff = await startToyBff({ plugins: [mirroredByFastPath(plugin, 'test: reproduced elsewhere')] });
    try {
      await postGraphQL(`${bff.url}/graphql`, { query: '{ hello }' });
      expect(counter.executed).toBe(0);
    } finally {
      await bff.stop();
    }
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { createStopSignal } from './stop-signal.js';

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);

afterEach(() => {
  process.off('warning', onWarning);
  warnings.length = 0;
});

describe('stop signal', () => {
  it('takes one listener per allowed stream without a MaxListeners warning', async () => {
    process.on('warning', onWarning);
    const stopping = createStopSignal(50);
    let stopped = 0;
    for (let i = 0; i < 50; i += 1) stopping.signal.addEventListener('abort', () => (stopped += 1), { once: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(warnings.filter((warning) => warning.name === 'MaxListenersExceededWarning')).toEqual([]);
    stopping.abort();
    expect(stopped).toBe(50);
  });
});

// The signal that ends every live order stream when this BFF starts stopping. Each open stream
// listens on it once, so up to `maxStreams` listeners are expected: Node's default of 10 would
// print a false "possible memory leak" warning from the 11th live view on.
import { setMaxListeners } from 'node:events';

/** An AbortController whose signal takes one listener per allowed stream without warning. */
export function createStopSignal(maxStreams: number): AbortController {
  const stopping = new AbortController();
  setMaxListeners(maxStreams, stopping.signal);
  return stopping;
}

// Caps on live order streams: each holds an SSE response and a gRPC stream open, so one BFF
// process serves at most `maxStreams`, and one shopper at most `maxPerViewer` (a tab that leaks
// streams cannot starve the others). Over a cap the subscription is refused with RATE_LIMITED.
import { codedError, ErrorCode } from '@shop/bff-platform';

export interface StreamLimiter {
  /** Takes a slot for `viewerId`; returns its release (idempotent), or throws RATE_LIMITED. */
  acquire(viewerId: string): () => void;
  /** Open streams now. */
  open(): number;
}

export interface StreamLimits {
  maxStreams: number;
  maxPerViewer: number;
}

/** A limiter for one BFF process. */
export function createStreamLimiter(limits: StreamLimits): StreamLimiter {
  const perViewer = new Map<string, number>();
  let open = 0;
  return {
    acquire(viewerId) {
      const mine = perViewer.get(viewerId) ?? 0;
      if (open >= limits.maxStreams) throw codedError(ErrorCode.RateLimited, 'Too many live updates are open on this server; try again shortly.');
      if (mine >= limits.maxPerViewer) throw codedError(ErrorCode.RateLimited, `At most ${limits.maxPerViewer} live order views at once; close another tab.`);
      open += 1;
      perViewer.set(viewerId, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        open -= 1;
        const left = (perViewer.get(viewerId) ?? 1) - 1;
        if (left > 0) perViewer.set(viewerId, left);
        else perViewer.delete(viewerId);
      };
    },
    open: () => open,
  };
}

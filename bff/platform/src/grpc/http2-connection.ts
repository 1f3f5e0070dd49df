import http2, { type ClientHttp2Session } from 'node:http2';

/**
 * One HTTP/2 connection to a gRPC target, replaced when it closes, errors or receives GOAWAY.
 * Unref'd: an idle connection never keeps the process alive.
 */
export class Http2Connection {
  private session: ClientHttp2Session | undefined;
  private closed = false;
  private readonly probing = new WeakSet<ClientHttp2Session>();

  constructor(private readonly authority: string) {}

  /** The live session, connecting a new one when needed. */
  get(): ClientHttp2Session {
    const current = this.session;
    if (current && !current.closed && !current.destroyed) return current;
    if (this.closed) throw new Error('client closed');
    const session = http2.connect(this.authority, { settings: { enablePush: false } });
    const forget = () => {
      if (this.session === session) this.session = undefined;
    };
    // Failures reach each pending stream as its own error; here we only stop reusing it.
    session.on('error', forget);
    session.on('goaway', forget);
    session.on('close', forget);
    session.unref();
    this.session = session;
    return session;
  }

  /** Resolves true once connected (false on failure or after `deadline`). */
  waitForConnect(deadline: number): Promise<boolean> {
    let session: ClientHttp2Session;
    try {
      session = this.get();
    } catch {
      return Promise.resolve(false);
    }
    if (!session.connecting && !session.destroyed) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => done(false), Math.max(0, deadline - Date.now()));
      const done = (ok: boolean) => {
        clearTimeout(timer);
        session.off('connect', onConnect);
        session.off('close', onClose);
        resolve(ok);
      };
      const onConnect = () => done(true);
      const onClose = () => done(false);
      session.once('connect', onConnect);
      session.once('close', onClose);
    });
  }

  /**
   * Called when a call hit its deadline: PINGs the session and drops it if no answer comes
   * within `timeoutMs`, so a silently dead connection (no FIN, no RST) is not reused for
   * minutes until TCP notices.
   */
  probe(timeoutMs = 1000): void {
    const session = this.session;
    if (!session || session.destroyed || session.connecting || this.probing.has(session)) return;
    this.probing.add(session);
    const drop = () => {
      if (this.session === session) this.session = undefined;
      session.destroy();
    };
    const timer = setTimeout(drop, timeoutMs);
    timer.unref();
    const sent = session.ping((error) => {
      clearTimeout(timer);
      this.probing.delete(session);
      if (error) drop();
    });
    if (!sent) {
      clearTimeout(timer);
      this.probing.delete(session);
    }
  }

  /** Closes the connection for good (in-flight calls finish first). */
  close(): void {
    this.closed = true;
    this.session?.close();
    this.session = undefined;
  }
}

// Fail before starting anything when a port we need is held by another process.
import { createServer } from 'node:net';

/** Resolves true when nothing listens on the port (on all interfaces). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port }, () => probe.close(() => resolve(true)));
  });
}

/** Returns a message naming every busy port and the variable that moves it, or null. */
export async function findBusyPorts(ports: Record<string, number>): Promise<string | null> {
  const busy: string[] = [];
  for (const [variable, port] of Object.entries(ports)) {
    if (!(await isPortFree(port))) busy.push(`  port ${port} is in use (set ${variable} to move it)`);
  }
  return busy.length ? `Cannot start the shop:\n${busy.join('\n')}` : null;
}

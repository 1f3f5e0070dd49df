// Child process for embedded-postgres.int.test.ts: starts a cluster, says "ready", then waits to
// be SIGKILLed so the test can observe the orphaned postmaster a dead parent leaves behind.
import { startEmbeddedPostgres } from '../embedded-postgres.js';

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port) throw new Error('usage: start-and-wait.ts <dataDir> <port>');
await startEmbeddedPostgres({ dataDir, port: Number(port) });
process.stdout.write('ready\n');
setInterval(() => {}, 60_000);

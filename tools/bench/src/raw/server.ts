// Baseline: the cheapest possible HTTP answer on this machine, measured in the same run.
import { createServer } from 'node:http';

const body = JSON.stringify({ data: { hello: 'world' } });
const server = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  response.end(body);
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log('ready'));
process.stdin.on('end', () => process.exit(0)).resume();

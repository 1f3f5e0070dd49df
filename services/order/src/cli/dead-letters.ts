// Operator CLI for the saga's dead letters (steps that used up their attempts):
//   npm run dead-letters -w @shop/services-order               → list them
//   npm run dead-letters -w @shop/services-order -- replay ID… → run them again now
//   … -- replay all                                            → every one
// Reads ORDER_DATABASE_URL or DATABASE_URL (the order service's database).
import postgres from 'postgres';
import { listDeadLetters, replayDeadLetters } from '@shop/services-platform/jobs';
import { runDeadLetterCommand } from './dead-letter-command.js';

const url = process.env.ORDER_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error('Set ORDER_DATABASE_URL (or DATABASE_URL) to the order database, e.g. postgres://postgres@127.0.0.1:5432/shop_order');
  process.exit(2);
}
const sql = postgres(url, { max: 1, onnotice: () => {} });
try {
  const { output, exitCode } = await runDeadLetterCommand(process.argv.slice(2), { list: () => listDeadLetters(sql), replay: (ids) => replayDeadLetters(sql, ids) });
  console.log(output);
  process.exitCode = exitCode;
} finally {
  await sql.end();
}

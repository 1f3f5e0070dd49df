// Entry point: `tsx src/main.ts` (nx serve/start). Config from env, fail fast, graceful stop.
import { runBff } from '@shop/bff-platform';
import { catalogBff } from './bff.js';

await runBff(catalogBff);

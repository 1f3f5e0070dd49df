import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The catalog SDL, read from contracts (the sub-app's contract; never redeclared here). */
export const catalogTypeDefs = readFileSync(
  require.resolve('@shop/contracts/graphql/catalog.graphql'),
  'utf8',
);

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The order SDL, read from contracts (the sub-app's contract; never redeclared here). */
export const orderTypeDefs = readFileSync(require.resolve('@shop/contracts/graphql/order.graphql'), 'utf8');

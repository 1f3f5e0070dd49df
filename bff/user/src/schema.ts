import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The user SDL, read from contracts (the sub-app's and shell's contract; never redeclared here). */
export const userTypeDefs = readFileSync(require.resolve('@shop/contracts/graphql/user.graphql'), 'utf8');

import { runBff } from '@shop/bff-platform';
import { userBff } from './bff.js';

await runBff(userBff);

import { runBff } from '@shop/bff-platform';
import { orderBff } from './bff.js';

await runBff(orderBff);

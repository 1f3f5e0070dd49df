import { runService } from '@shop/services-platform';
import { orderService } from './service.js';

await runService(orderService);

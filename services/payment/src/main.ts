import { runService } from '@shop/services-platform';
import { paymentService } from './service.js';

await runService(paymentService);

import { runService } from '@shop/services-platform';
import { userService } from './service.js';

await runService(userService);

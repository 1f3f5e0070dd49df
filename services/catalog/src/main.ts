import { runService } from '@shop/services-platform';
import { catalogService } from './service.js';

await runService(catalogService);

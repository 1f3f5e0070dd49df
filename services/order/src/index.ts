// The order service: carts, idempotent checkout, the order saga and live order status.
export { orderService } from './service.js';
export { orderMigrationsFolder, schema } from './db/client.js';
export { sagaTasks } from './saga/saga-jobs.js';

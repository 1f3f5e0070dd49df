export { carts, cartLines } from './carts.js';
export { orders, orderLines } from './orders.js';
export { orderEvents, inbox } from './order-events.js';

// @shop/bff-order: the order sub-app's GraphQL BFF (cart, checkout, orders, live order status).
export { createOrderBff, startOrderBff } from './app.js';
export type { RunningOrderBff, StartOrderBffConfig } from './app.js';
export { orderBff } from './bff.js';
export { loadConfig, type OrderBffConfig } from './config.js';

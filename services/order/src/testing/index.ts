// Test helpers of the order service (its own tests and the BFFs' integration tests).
export { startOrderStack, startDownstream, SHOPPER, type OrderStack, type OrderStackOptions, type Downstream } from './order-stack.js';
export { startOrderProcess, type OrderProcess } from './order-process.js';
export * from './checkout-helpers.js';

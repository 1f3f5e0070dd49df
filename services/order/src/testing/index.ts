// Test helpers of the order service (its own tests and the BFFs' integration tests).
export { startOrderStack, SHOPPER, type OrderStack, type OrderStackOptions } from './order-stack.js';
export * from './checkout-helpers.js';

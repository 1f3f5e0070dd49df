// The order domain: rules only, no transport or database imports.
export * from './order-state.js';
export * from './cart-rules.js';
export * from './checkout-input.js';
export * from './order-number.js';

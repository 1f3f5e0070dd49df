export { charges, type ChargeRow } from './charges.js';
export { refunds, type RefundRow } from './refunds.js';
export { paymentMethods, type PaymentMethodRow } from './payment-methods.js';

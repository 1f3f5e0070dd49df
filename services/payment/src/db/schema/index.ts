export { charges, type ChargeRow } from './charges.js';
export { refunds, type RefundRow } from './refunds.js';

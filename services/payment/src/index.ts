// The payment service: simulated card charges and refunds, idempotent by order id.
export { paymentService } from './service.js';
export { checkCard, luhnValid, cardBrand, TEST_CARDS, type CardOutcome } from './domain/card.js';
export { MAX_AMOUNT_MINOR } from './domain/charge-input.js';
export { DECLINE_REASON } from './payments/payments.js';
export { paymentMigrationsFolder, schema, type PaymentDb } from './db/client.js';

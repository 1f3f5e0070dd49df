// The payment service, declared: simulated card charges and refunds over database shop_payment,
// idempotent by order id, with fault injection (PAYMENT_FAILURE_RATE, PAYMENT_LATENCY_MS).
import { PaymentServiceService } from '@shop/contracts/payment/v1';
import { defineService } from '@shop/services-platform';
import { callerAuthEnvShape, loadCallerAuth } from '@shop/services-platform/auth';
import packageJson from '../package.json' with { type: 'json' };
import { faultSettings, paymentEnvShape } from './config.js';
import { createChargeStore } from './db/charge-store.js';
import { createPaymentMethodStore } from './db/payment-method-store.js';
import { paymentMigrationsFolder, schema } from './db/client.js';
import { createPayments } from './payments/payments.js';
import { createPaymentService } from './handlers/payment-service.js';

export const paymentService = defineService({
  name: 'payment',
  version: packageJson.version,
  ports: { grpc: 50054, admin: 9054 },
  schema,
  migrationsFolder: paymentMigrationsFolder,
  // Every RPC is for the order service only: it proves itself with a service token.
  env: { ...paymentEnvShape, ...callerAuthEnvShape },
  async grpc({ connection, logger, gate, config }) {
    const faults = faultSettings(config.env);
    if (faults.failureRate > 0 || faults.latencyMs > 0) logger.warn(faults, 'payment fault injection is on');
    const payments = createPayments({ charges: createChargeStore(connection.db), methods: createPaymentMethodStore(connection.db) }, faults);
    const auth = await loadCallerAuth('payment', config);
    return [{ definition: PaymentServiceService, implementation: createPaymentService(payments, auth, logger, { gate }) }];
  },
});

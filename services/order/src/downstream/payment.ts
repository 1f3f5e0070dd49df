// The payment service as the saga uses it: vault the card at checkout, charge by the vaulted
// method, refund — every call idempotent by order id and made with our service token.
import { credentials, status } from '@grpc/grpc-js';
import { ChargeStatus, PaymentServiceClient, type Charge, type PaymentMethod } from '@shop/contracts/payment/v1';
import type { ServiceCredentials } from '@shop/services-platform/auth';
import { callUnary } from './call.js';

/** What the order service needs from payments. */
export interface PaymentGateway {
  createPaymentMethod(cardNumber: string): Promise<PaymentMethod>;
  charge(orderId: string, amount: { amountMinor: number; currency: string }, paymentMethodId: string): Promise<Charge>;
  /** Refunds the order's charge when it succeeded and has no refund yet; true when money went back. */
  refundIfCharged(orderId: string): Promise<boolean>;
  close(): void;
}

/** A gateway over a gRPC client to `address`; every call has `deadlineMs`. */
export function createPaymentGateway(address: string, auth: ServiceCredentials, deadlineMs: number): PaymentGateway {
  const client = new PaymentServiceClient(address, credentials.createInsecure());
  const service = () => auth.metadata('payment');
  return {
    async createPaymentMethod(cardNumber) {
      const { paymentMethod } = await callUnary(client, client.createPaymentMethod, { cardNumber }, await service(), deadlineMs);
      if (!paymentMethod) throw new Error('payment service answered without a payment method');
      return paymentMethod;
    },
    async charge(orderId, amount, paymentMethodId) {
      const { charge } = await callUnary(client, client.charge, { orderId, amount, cardNumber: '', paymentMethodId }, await service(), deadlineMs);
      if (!charge) throw new Error('payment service answered without a charge');
      return charge;
    },
    async refundIfCharged(orderId) {
      const found = await callUnary(client, client.getCharge, { orderId }, await service(), deadlineMs).catch((error: { code?: number }) => {
        if (error.code === status.NOT_FOUND) return undefined; // never charged
        throw error;
      });
      if (!found?.charge || found.charge.status !== ChargeStatus.CHARGE_STATUS_SUCCEEDED || found.refund) return false;
      await callUnary(client, client.refund, { orderId }, await service(), deadlineMs);
      return true;
    },
    close: () => client.close(),
  };
}

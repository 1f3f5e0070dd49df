import type {
  ChargeRequest,
  ChargeResponse,
  CreatePaymentMethodRequest,
  CreatePaymentMethodResponse,
  GetChargeRequest,
  GetChargeResponse,
  PaymentServiceServer,
  RefundRequest,
  RefundResponse,
} from '@shop/contracts/payment/v1';
import { unary, type Logger, type UnaryOptions } from '@shop/services-platform';
import type { Payments } from '../payments/payments.js';
import { toWireCharge, toWirePaymentMethod, toWireRefund } from './wire.js';

/** The grpc-js implementation of PaymentService; every handler runs behind `options.gate`. */
export function createPaymentService(payments: Payments, logger: Logger, options: UnaryOptions = {}): PaymentServiceServer {
  return {
    charge: unary<ChargeRequest, ChargeResponse>(
      async (request) => ({ charge: toWireCharge(await payments.charge(request)) }),
      logger,
      options,
    ),
    refund: unary<RefundRequest, RefundResponse>(
      async (request) => ({ refund: toWireRefund(await payments.refund(request.orderId)) }),
      logger,
      options,
    ),
    getCharge: unary<GetChargeRequest, GetChargeResponse>(async (request) => {
      const { charge, refund } = await payments.get(request.orderId);
      return { charge: toWireCharge(charge), refund: refund ? toWireRefund(refund) : undefined };
    }, logger, options),
    createPaymentMethod: unary<CreatePaymentMethodRequest, CreatePaymentMethodResponse>(
      async (request) => ({ paymentMethod: toWirePaymentMethod(await payments.createPaymentMethod(request.cardNumber)) }),
      logger,
      options,
    ),
  };
}

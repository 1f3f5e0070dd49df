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
import { unary, type Logger, type UnaryHandler, type UnaryOptions } from '@shop/services-platform';
import { withPermission, type CallerAuth } from '@shop/services-platform/auth';
import type { Payments } from '../payments/payments.js';
import { toWireCharge, toWirePaymentMethod, toWireRefund } from './wire.js';

/**
 * The grpc-js implementation of PaymentService. Every RPC needs `payments:process` (the order
 * service's token) and runs behind `options.gate`.
 */
export function createPaymentService(payments: Payments, auth: CallerAuth, logger: Logger, options: UnaryOptions = {}): PaymentServiceServer {
  const rpc = <Req, Res>(handler: UnaryHandler<Req, Res>) => unary(withPermission(auth, 'payments:process', handler), logger, options);
  return {
    charge: rpc<ChargeRequest, ChargeResponse>(async (request) => ({ charge: toWireCharge(await payments.charge(request)) })),
    refund: rpc<RefundRequest, RefundResponse>(async (request) => ({ refund: toWireRefund(await payments.refund(request.orderId)) })),
    getCharge: rpc<GetChargeRequest, GetChargeResponse>(async (request) => {
      const { charge, refund } = await payments.get(request.orderId);
      return { charge: toWireCharge(charge), refund: refund ? toWireRefund(refund) : undefined };
    }),
    createPaymentMethod: rpc<CreatePaymentMethodRequest, CreatePaymentMethodResponse>(async (request) => ({
      paymentMethod: toWirePaymentMethod(await payments.createPaymentMethod(request.cardNumber)),
    })),
  };
}

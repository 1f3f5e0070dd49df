// Stored orders → wire messages.
import { OrderStatus as WireStatus, type Order } from '@shop/contracts/order/v1';
import { toRfc3339 } from '@shop/services-platform';
import type { OrderStatus } from '../domain/index.js';
import type { OrderRecord } from './order-record.js';

const wireStatus: Record<OrderStatus, WireStatus> = {
  PENDING: WireStatus.ORDER_STATUS_PENDING,
  STOCK_RESERVED: WireStatus.ORDER_STATUS_STOCK_RESERVED,
  PAID: WireStatus.ORDER_STATUS_PAID,
  SHIPPED: WireStatus.ORDER_STATUS_SHIPPED,
  CANCELLED: WireStatus.ORDER_STATUS_CANCELLED,
  REFUNDED: WireStatus.ORDER_STATUS_REFUNDED,
};

/** An order as the wire's Order. */
export function toWireOrder(order: OrderRecord): Order {
  const money = (amountMinor: number) => ({ amountMinor, currency: order.currency });
  return {
    id: order.id,
    number: order.number,
    userId: order.userId,
    status: wireStatus[order.status],
    cancelReason: order.cancelReason ?? '',
    outOfStockProductIds: order.outOfStockProductIds,
    lines: order.lines.map((line) => ({
      productId: line.productId,
      productName: line.productName,
      productSlug: line.productSlug,
      quantity: line.quantity,
      unitPrice: money(line.unitAmountMinor),
      lineTotal: money(line.unitAmountMinor * line.quantity),
    })),
    total: money(order.totalMinor),
    shippingAddress: order.shippingAddress,
    cardBrand: order.cardBrand,
    cardLast4: order.cardLast4,
    version: order.version,
    createdAt: toRfc3339(order.createdAt),
    updatedAt: toRfc3339(order.updatedAt),
    expiresAt: order.expiresAt ? toRfc3339(order.expiresAt) : '',
  };
}

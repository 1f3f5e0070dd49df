import type {
  CommitReservationRequest,
  CommitReservationResponse,
  ReleaseStockRequest,
  ReleaseStockResponse,
  ReserveStockRequest,
  ReserveStockResponse,
} from '@shop/contracts/catalog/v1';
import type { UnaryHandler } from '@shop/services-platform';
import type { Sql } from 'postgres';
import { toReservedLines } from '../db/reservation-rows.js';
import { reserveStock } from '../db/reserve-stock.js';
import { commitReservation, releaseStock } from '../db/settle-reservation.js';
import { validateOrderId, validateStockLines } from '../domain/reservation.js';

// These RPCs are for the order service, not shoppers: catalog-service.ts wraps each in
// withPermission(auth, 'stock:reserve') (a service token; see services/catalog/README.md).

/** ReserveStock: validate, then reserve all lines or none (idempotent by order id). */
export function reserveStockHandler(sql: Sql): UnaryHandler<ReserveStockRequest, ReserveStockResponse> {
  return async ({ orderId, lines }) => {
    const id = validateOrderId(orderId);
    const rows = await reserveStock(sql, id, validateStockLines(lines));
    return { orderId: id, lines: toReservedLines(rows) };
  };
}

/** ReleaseStock: give back what the order holds, once. */
export function releaseStockHandler(sql: Sql): UnaryHandler<ReleaseStockRequest, ReleaseStockResponse> {
  return async ({ orderId }) => {
    const id = validateOrderId(orderId);
    return { orderId: id, lines: toReservedLines(await releaseStock(sql, id)) };
  };
}

/** CommitReservation: the order's reservation becomes a sale. */
export function commitReservationHandler(sql: Sql): UnaryHandler<CommitReservationRequest, CommitReservationResponse> {
  return async ({ orderId }) => {
    const id = validateOrderId(orderId);
    return { orderId: id, lines: toReservedLines(await commitReservation(sql, id)) };
  };
}

/** What each status means to a shopper (the live status line). */
export function statusText(status: string, cancelReason?: string | null): string {
  switch (status) {
    case 'PENDING':
      return 'Order placed: reserving your items…';
    case 'STOCK_RESERVED':
      return 'Items reserved: taking payment…';
    case 'PAID':
      return 'Paid: preparing your shipment…';
    case 'SHIPPED':
      return 'Shipped.';
    case 'CANCELLED':
      return `Cancelled: ${cancelReason ?? 'no reason given'}.`;
    case 'REFUNDED':
      return 'Refunded.';
    default:
      return status;
  }
}

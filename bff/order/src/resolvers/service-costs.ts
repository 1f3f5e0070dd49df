import type { ServiceCostDeclaration } from '@shop/bff-platform';
import { FIRST_RANGE } from './orders.js';

/** What each order field costs the order service (the platform's budget applies DEFAULT_LIMITS). */
export const ORDER_SERVICE_COSTS: ServiceCostDeclaration = {
  'Query.cart': { call: 'order.GetCart' },
  'Query.order': { call: 'order.GetOrder' },
  'Query.orders': { call: 'order.ListOrders', list: { arg: 'first', ...FIRST_RANGE } },
  'Mutation.addToCart': { call: 'order.AddCartItem' },
  'Mutation.setCartItemQuantity': { call: 'order.SetCartItemQuantity' },
  'Mutation.removeFromCart': { call: 'order.RemoveCartItem' },
  'Mutation.acceptCartPrices': { call: 'order.AcceptCartPrices' },
  'Mutation.placeOrder': { call: 'order.PlaceOrder' },
  'Mutation.cancelOrder': { call: 'order.CancelOrder' },
  'Subscription.orderUpdated': { call: 'order.WatchOrder' },
};

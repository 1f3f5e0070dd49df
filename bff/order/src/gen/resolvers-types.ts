// generated – do not edit (npm run gen)
/* eslint-disable */
import type { GraphQLResolveInfo } from 'graphql';
import type { CartModel, CartLineModel, OrderModel, OrderLineModel } from '../resolvers/models.js';
import type { MoneyModel } from '@shop/bff-platform';
import type { OrderContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Cart = {
  __typename?: 'Cart';
  /** True when the cart has lines and none is flagged. */
  checkoutReady: Scalars['Boolean']['output'];
  /** The guest cart id to keep; null for a signed-in shopper's cart. */
  guestCartId: Maybe<Scalars['String']['output']>;
  itemCount: Scalars['Int']['output'];
  lines: Array<CartLine>;
  /** True when this request merged the guest cart named by X-Cart-Id into the shopper's cart. */
  mergedGuestCart: Scalars['Boolean']['output'];
  subtotal: Money;
};

export type CartLine = {
  __typename?: 'CartLine';
  /** The price agreed to when added (differs from unitPrice when PRICE_CHANGED). */
  acceptedUnitPrice: Money;
  /** Absolute URL of the product image (served by the catalog BFF). */
  imageUrl: Scalars['String']['output'];
  issues: Array<CartLineIssue>;
  lineTotal: Money;
  productId: Scalars['ID']['output'];
  /** Empty when the product no longer exists. */
  productName: Scalars['String']['output'];
  productSlug: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  /** Units available now. */
  stock: Scalars['Int']['output'];
  unitPrice: Money;
};

export type CartLineInput = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type CartLineIssue =
  | 'INSUFFICIENT_STOCK'
  | 'OUT_OF_STOCK'
  | 'PRICE_CHANGED';

/** An amount of money: integer minor units of an ISO 4217 currency, and its display form. */
export type Money = {
  __typename?: 'Money';
  amountMinor: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
  /** Formatted for display in en-US, e.g. `$12.50`. */
  formatted: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Agrees to the current prices (clears PRICE_CHANGED flags). */
  acceptCartPrices: Cart;
  /** Adds `quantity` (1..99) of a product; a line holds at most 99 and at most the stock (OUT_OF_STOCK). */
  addToCart: Cart;
  /** Cancels an order that is not paid yet. */
  cancelOrder: Order;
  /**
   * Places the order for the confirmed lines (they must equal the cart) and starts payment. One
   * `idempotencyKey` per checkout attempt: a replay returns the same order; the same key for a
   * different checkout is CONFLICT.
   */
  placeOrder: PlaceOrderPayload;
  /** Removes a line (no-op when absent). */
  removeFromCart: Cart;
  /** Sets a line's quantity (1..99, at most the stock). */
  setCartItemQuantity: Cart;
};


export type MutationAddToCartArgs = {
  productId: Scalars['ID']['input'];
  quantity?: Scalars['Int']['input'];
};


export type MutationCancelOrderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


export type MutationRemoveFromCartArgs = {
  productId: Scalars['ID']['input'];
};


export type MutationSetCartItemQuantityArgs = {
  productId: Scalars['ID']['input'];
  quantity: Scalars['Int']['input'];
};

export type Order = {
  __typename?: 'Order';
  /** Why it was cancelled (out of stock, card declined, payment unavailable, expired, cancelled by customer). */
  cancelReason: Maybe<Scalars['String']['output']>;
  cardBrand: Scalars['String']['output'];
  cardLast4: Scalars['String']['output'];
  createdAt: Scalars['String']['output'];
  /** When an unpaid order expires; null once paid or final. */
  expiresAt: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lines: Array<OrderLine>;
  /** Human-friendly and unique, e.g. K7QX-4MZD-29. */
  number: Scalars['String']['output'];
  outOfStockProductIds: Array<Scalars['ID']['output']>;
  shippingAddress: ShippingAddress;
  status: OrderStatus;
  total: Money;
  updatedAt: Scalars['String']['output'];
  /** Per-order event sequence: grows by one with every status change. */
  version: Scalars['Int']['output'];
};

export type OrderConnection = {
  __typename?: 'OrderConnection';
  edges: Array<OrderEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrderEdge = {
  __typename?: 'OrderEdge';
  cursor: Scalars['String']['output'];
  node: Order;
};

export type OrderLine = {
  __typename?: 'OrderLine';
  lineTotal: Money;
  productId: Scalars['ID']['output'];
  productName: Scalars['String']['output'];
  productSlug: Scalars['String']['output'];
  quantity: Scalars['Int']['output'];
  unitPrice: Money;
};

export type OrderStatus =
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING'
  | 'REFUNDED'
  | 'SHIPPED'
  | 'STOCK_RESERVED';

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

export type PlaceOrderInput = {
  /** Test cards: 4242 4242 4242 4242 pays, 4000 0000 0000 0002 is declined, 4000 0000 0000 0119 fails. */
  cardNumber: Scalars['String']['input'];
  /** 16..64 characters of A-Z a-z 0-9 _ -; one per checkout attempt. */
  idempotencyKey: Scalars['String']['input'];
  /** The lines the shopper confirmed. */
  lines: Array<CartLineInput>;
  shippingAddress: ShippingAddressInput;
};

export type PlaceOrderPayload = {
  __typename?: 'PlaceOrderPayload';
  /** False when this was a replay of an earlier request with the same key. */
  created: Scalars['Boolean']['output'];
  order: Order;
};

/**
 * The order BFF's contract with the order sub-app: cart, checkout, order history and live order
 * status. A guest's cart is named by the `X-Cart-Id` request header (the guest cart id the shell
 * keeps); a signed-in shopper's cart by the access token. When both are sent, the guest cart is merged
 * into the user's cart first (`Cart.mergedGuestCart` tells the client to forget the guest id).
 * Checkout, orders and the subscription need a signed-in shopper.
 */
export type Query = {
  __typename?: 'Query';
  /** The current cart (empty when the guest has none yet), priced and checked against the catalog now. */
  cart: Cart;
  /** One of the viewer's orders. Null with a NOT_FOUND error for unknown ids and other users' orders. */
  order: Maybe<Order>;
  /** The viewer's orders, newest first; `first` is 1..50 (default 20). */
  orders: OrderConnection;
};


/**
 * The order BFF's contract with the order sub-app: cart, checkout, order history and live order
 * status. A guest's cart is named by the `X-Cart-Id` request header (the guest cart id the shell
 * keeps); a signed-in shopper's cart by the access token. When both are sent, the guest cart is merged
 * into the user's cart first (`Cart.mergedGuestCart` tells the client to forget the guest id).
 * Checkout, orders and the subscription need a signed-in shopper.
 */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * The order BFF's contract with the order sub-app: cart, checkout, order history and live order
 * status. A guest's cart is named by the `X-Cart-Id` request header (the guest cart id the shell
 * keeps); a signed-in shopper's cart by the access token. When both are sent, the guest cart is merged
 * into the user's cart first (`Cart.mergedGuestCart` tells the client to forget the guest id).
 * Checkout, orders and the subscription need a signed-in shopper.
 */
export type QueryOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ShippingAddress = {
  __typename?: 'ShippingAddress';
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  line1: Scalars['String']['output'];
  line2: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
};

export type ShippingAddressInput = {
  city: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2, e.g. US. */
  country: Scalars['String']['input'];
  fullName: Scalars['String']['input'];
  line1: Scalars['String']['input'];
  line2?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * The order now, then every change (over SSE). `version` is the per-order sequence: drop events
   * whose version is not above the last one shown. Completes after a final status. On reconnect,
   * re-read `order(id)` and subscribe again.
   */
  orderUpdated: Order;
};


export type SubscriptionOrderUpdatedArgs = {
  id: Scalars['ID']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Cart: ResolverTypeWrapper<CartModel>;
  CartLine: ResolverTypeWrapper<CartLineModel>;
  CartLineInput: CartLineInput;
  CartLineIssue: CartLineIssue;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Money: ResolverTypeWrapper<MoneyModel>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Order: ResolverTypeWrapper<OrderModel>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<OrderLineModel>;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderPayload: ResolverTypeWrapper<Omit<PlaceOrderPayload, 'order'> & { order: ResolversTypes['Order'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ShippingAddress: ResolverTypeWrapper<ShippingAddress>;
  ShippingAddressInput: ShippingAddressInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Scalars['Boolean']['output'];
  Cart: CartModel;
  CartLine: CartLineModel;
  CartLineInput: CartLineInput;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Money: MoneyModel;
  Mutation: Record<PropertyKey, never>;
  Order: OrderModel;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: OrderLineModel;
  PageInfo: PageInfo;
  PlaceOrderInput: PlaceOrderInput;
  PlaceOrderPayload: Omit<PlaceOrderPayload, 'order'> & { order: ResolversParentTypes['Order'] };
  Query: Record<PropertyKey, never>;
  ShippingAddress: ShippingAddress;
  ShippingAddressInput: ShippingAddressInput;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
};

export type CartResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Cart'] = ResolversParentTypes['Cart']> = {
  checkoutReady?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  guestCartId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  itemCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['CartLine']>, ParentType, ContextType>;
  mergedGuestCart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subtotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type CartLineResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['CartLine'] = ResolversParentTypes['CartLine']> = {
  acceptedUnitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  imageUrl?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  issues?: Resolver<Array<ResolversTypes['CartLineIssue']>, ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stock?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  amountMinor?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formatted?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  acceptCartPrices?: Resolver<ResolversTypes['Cart'], ParentType, ContextType>;
  addToCart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationAddToCartArgs, 'productId' | 'quantity'>>;
  cancelOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationCancelOrderArgs, 'id'>>;
  placeOrder?: Resolver<ResolversTypes['PlaceOrderPayload'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  removeFromCart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationRemoveFromCartArgs, 'productId'>>;
  setCartItemQuantity?: Resolver<ResolversTypes['Cart'], ParentType, ContextType, RequireFields<MutationSetCartItemQuantityArgs, 'productId' | 'quantity'>>;
};

export type OrderResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order']> = {
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cardBrand?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cardLast4?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outOfStockProductIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  shippingAddress?: Resolver<ResolversTypes['ShippingAddress'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderConnectionResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrderEdgeResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type OrderLineResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = {
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  productId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  productSlug?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceOrderPayloadResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['PlaceOrderPayload'] = ResolversParentTypes['PlaceOrderPayload']> = {
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  order?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cart?: Resolver<ResolversTypes['Cart'], ParentType, ContextType>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  orders?: Resolver<ResolversTypes['OrderConnection'], ParentType, ContextType, RequireFields<QueryOrdersArgs, 'first'>>;
};

export type ShippingAddressResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['ShippingAddress'] = ResolversParentTypes['ShippingAddress']> = {
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = OrderContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  orderUpdated?: SubscriptionResolver<ResolversTypes['Order'], "orderUpdated", ParentType, ContextType, RequireFields<SubscriptionOrderUpdatedArgs, 'id'>>;
};

export type Resolvers<ContextType = OrderContext> = {
  Cart?: CartResolvers<ContextType>;
  CartLine?: CartLineResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlaceOrderPayload?: PlaceOrderPayloadResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ShippingAddress?: ShippingAddressResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
};


/** How an order is reversed: all of it (cancel) or part of what was paid (refund). */
export const REVERSAL_KINDS = ['cancel', 'refund'] as const
export type ReversalKind = (typeof REVERSAL_KINDS)[number]

/** How a customer paid; the values are catalog keys (`orders:payment.<method>`). */
export const PAYMENT_METHODS = ['cash', 'wechat', 'alipay', 'card', 'transfer', 'other'] as const
export type PaymentMethod = (typeof PAYMENT_METHODS)[number]

/** Result shapes of the products, orders and campaign-choice channels. Money in minor units; times ISO-8601 UTC. */
export const ORDER_STATUSES = ['pending', 'paid', 'shipped', 'completed', 'cancelled', 'refunded'] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

/** What a new order may start as: a sale at the till is completed; an order paid later starts pending. */
export const NEW_ORDER_STATUSES = ['completed', 'paid', 'shipped', 'pending'] as const

export interface ProductRow {
  id: number
  sku: string
  name: string
  category: string | null
  price: number
  cost: number | null
  active: boolean
  updatedAt: string
  /** An order line names it: a product with sales is never deleted, only deactivated. */
  hasSales: boolean
}

/** A light hit for the order form's item search (active products only). */
export interface ProductHit {
  id: number
  sku: string
  name: string
  category: string | null
  price: number
}

export interface OrderRow {
  id: number
  number: string
  orderedAt: string
  status: OrderStatus
  customerId: number | null
  /** null for a walk-in sale. */
  customerName: string | null
  channel: string | null
  /** A payment method key (`wechat`), or the text an imported order carried. */
  paymentMethod: string | null
  total: number
  refunded: number
}

/** Figures over every order the filter matches (not only the loaded rows). */
export interface OrderTotalsSummary {
  /** Orders matched, cancelled ones included. */
  count: number
  cancelled: number
  /** Σ total of the orders not cancelled. */
  sales: number
  /** What refunds gave back of those (all of an order imported as refunded, which came without records). */
  refunded: number
  /** sales − refunded. */
  net: number
}

export interface OrderLineDetail {
  id: number
  position: number
  productId: number | null
  sku: string | null
  description: string
  quantity: number
  unitPrice: number
  discount: number
  lineTotal: number
  refundedQuantity: number
  refundedAmount: number
}

export interface RefundRecord {
  id: number
  kind: ReversalKind
  reason: string
  amount: number
  tax: number
  at: string
  /** Set when a cancellation was undone (the record stays, for the log). */
  undoneAt: string | null
  lines: { orderLineId: number | null; description: string; quantity: number; amount: number }[]
}

export interface OrderDetail {
  id: number
  uid: string
  number: string
  orderedAt: string
  status: OrderStatus
  channel: string | null
  paymentMethod: string | null
  campaign: { id: number; name: string } | null
  customer: { id: number; name: string; phone: string | null; deleted: boolean } | null
  subtotal: number
  discount: number
  tax: number
  total: number
  /** What the customer paid: the total, or 0 while pending. */
  paid: number
  refunded: number
  notes: string
  createdAt: string
  updatedAt: string
  lines: OrderLineDetail[]
  refunds: RefundRecord[]
  /** Not cancelled or refunded in full. */
  canCancel: boolean
  /** Paid, something left to give back, and every line a sale (no returned-goods lines). */
  canRefund: boolean
}

/** A campaign an order can be credited to (the marketing module owns campaigns). */
export interface CampaignChoice {
  id: number
  name: string
  startsOn: string | null
  endsOn: string | null
}

/** Result shapes of the customer channels. Money is integer minor units; times ISO-8601 UTC. */
import type { OrderStatus } from './order'
import type { TicketPriority } from './ticket'

export const GENDERS = ['female', 'male', 'other'] as const
export type Gender = (typeof GENDERS)[number]

export interface TagRef {
  id: number
  name: string
  color: string | null
}

export interface Tag extends TagRef {
  /** Live (not deleted) customers carrying the tag. */
  usage: number
}

export interface CustomerStats {
  /** Sum of order totals, excluding cancelled/refunded/deleted orders. */
  lifetimeValue: number
  orderCount: number
  lastPurchaseAt: string | null
  /** lifetimeValue / orderCount rounded to a minor unit; 0 without orders. */
  averageOrder: number
}

export interface CustomerRow {
  id: number
  uid: string
  code: string | null
  name: string
  phone: string | null
  email: string | null
  gender: Gender | null
  birthday: string | null
  address: string | null
  city: string | null
  source: string | null
  /** The notes' first characters (the list shows an excerpt; an export reads them whole). */
  notes: string
  tags: TagRef[]
  createdAt: string
  updatedAt: string
  deletedAt: string | null
  lifetimeValue: number
  orderCount: number
  lastPurchaseAt: string | null
}

export interface DealSummary {
  id: number
  title: string
  value: number
  stageName: string
  expectedClose: string | null
}

export interface TicketSummary {
  id: number
  number: string
  subject: string
  status: 'open' | 'pending'
  priority: TicketPriority
  openedAt: string
  dueAt: string | null
}

/** The customer's page: the row's profile (notes whole), its figures as `stats`, open deals and tickets. */
export interface CustomerDetail extends Omit<CustomerRow, 'lifetimeValue' | 'orderCount' | 'lastPurchaseAt'> {
  /** Set when this customer was merged into another (then it is also deleted). */
  mergedIntoId: number | null
  stats: CustomerStats
  openDeals: DealSummary[]
  openTickets: TicketSummary[]
}

export interface DuplicateMatch {
  id: number
  name: string
  phone: string | null
  email: string | null
  matchedOn: 'phone' | 'email'
}

export const ACTIVITY_KINDS = ['call', 'visit', 'message', 'note'] as const
export type LoggableActivityKind = (typeof ACTIVITY_KINDS)[number]
/** Kinds stored in `activities` (the timeline also derives `purchase` entries from orders). */
export const TIMELINE_KINDS = [...ACTIVITY_KINDS, 'email', 'meeting', 'purchase', 'system'] as const
export type ActivityKind = (typeof TIMELINE_KINDS)[number]

export interface Activity {
  /** Unique across both sources (`a:<activity id>`, `o:<order id>`), for list keys. */
  key: string
  /** The activity id, or the order id for a `purchase`. */
  id: number
  customerId: number
  kind: ActivityKind
  body: string
  at: string
  dealId: number | null
  ticketId: number | null
  /** Only on `purchase` entries. */
  order: { id: number; number: string; total: number; status: OrderStatus } | null
}

export interface OrderSummary {
  id: number
  number: string
  orderedAt: string
  status: OrderStatus
  total: number
  lineCount: number
}

/** A light hit for the command palette. */
export interface CustomerSearchHit {
  id: number
  name: string
  phone: string | null
  city: string | null
}

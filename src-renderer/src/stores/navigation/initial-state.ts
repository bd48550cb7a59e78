import type { AnswerDrill, CustomerDrill, DealDrill, TicketDrill } from '../../../../src-shared/ipc/channels/drill'
import type { OrderFilter } from '../../../../src-shared/ipc/channels/orders'

/** Every page the sidebar links to, in sidebar order. */
export const PAGES = ['customers', 'today', 'orders', 'pipeline', 'tickets', 'marketing', 'dashboard', 'csv', 'settings'] as const

export type Page = (typeof PAGES)[number]

/**
 * Where the app is. A route is a page plus its params; add a variant here when a page needs one.
 * `intent: 'new'` asks the customers (or pipeline) page to open its creation form; the page
 * clears it with `replace({ page })` once handled.
 */
export type Route =
  | { page: 'customers'; intent?: 'new'; drill?: Drill<CustomerDrill> }
  | { page: 'customer'; id: string }
  | { page: 'orders'; tab?: OrdersTab; intent?: 'new'; drill?: Drill<OrderFilter> }
  | { page: 'order'; id: string }
  | { page: 'pipeline'; intent?: 'new'; drill?: Drill<DealDrill> }
  | { page: 'deal'; id: string }
  | { page: Exclude<Page, 'customers' | 'orders' | 'pipeline' | 'marketing'> }
  | { page: 'marketing'; tab?: MarketingTab }
  | { page: 'ticket'; id: string }
  | { page: 'tickets'; drill?: Drill<TicketDrill>; answers?: Drill<AnswerDrill> }
  | { page: 'audit' }

/**
 * A list narrowed to the records behind a dashboard mark (drill-down; Back returns to the
 * dashboard): the filter the list's channel reads, and what its chip says ("Counted orders, 1–7 Dec").
 */
export interface Drill<F> {
  filter: F
  label: string
}

/** What each list's drill-down filter is. */
export interface DrillFilters {
  customers: CustomerDrill
  orders: OrderFilter
  pipeline: DealDrill
  tickets: TicketDrill
}

/** The Marketing page's tabs (features/marketing/marketing-tabs.ts lists them). */
export type MarketingTab = 'segments' | 'campaigns' | 'groups' | 'bundles'

/** The orders page's tabs: the orders, and the products they sell. */
export type OrdersTab = 'orders' | 'products'

export interface NavigationState {
  route: Route
  /** Routes to go back to, most recent last (bounded). */
  history: Route[]
}

export const initialNavigationState: NavigationState = {
  route: { page: 'customers' },
  history: [],
}

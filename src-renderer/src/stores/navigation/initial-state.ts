/** Every page the sidebar links to, in sidebar order. */
export const PAGES = ['customers', 'today', 'orders', 'pipeline', 'tickets', 'marketing', 'dashboard', 'csv', 'settings'] as const

export type Page = (typeof PAGES)[number]

/**
 * Where the app is. A route is a page plus its params; add a variant here when a page needs one
 * (e.g. `{ page: 'deal'; id: string }`). `intent: 'new'` asks the customers (orders) page to open
 * its creation form; the page clears it with `replace(…)` once handled.
 */
export type Route =
  | { page: 'customers'; intent?: 'new' }
  | { page: 'customer'; id: string }
  | { page: 'orders'; tab?: OrdersTab; intent?: 'new' }
  | { page: 'order'; id: string }
  | { page: Exclude<Page, 'customers' | 'orders'> }
  | { page: 'ticket'; id: string }

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

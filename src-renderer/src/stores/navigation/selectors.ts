import type { NavigationStore } from './action'
import type { Page, Route } from './initial-state'

export const selectRoute = (s: NavigationStore): Route => s.route

/** The sidebar entry a route belongs to (a customer's page lives under Customers, an order's under Orders …). */
export const sectionOf = (route: Route): Page =>
  route.page === 'customer' ? 'customers' : route.page === 'order' ? 'orders' : route.page === 'ticket' ? 'tickets' : route.page

export const selectSection = (s: NavigationStore): Page => sectionOf(s.route)
export const selectCanGoBack = (s: NavigationStore): boolean => s.history.length > 0

import type { NavigationStore } from './action'
import type { Page, Route } from './initial-state'

export const selectRoute = (s: NavigationStore): Route => s.route

/** The sidebar entry a route belongs to (a customer's page lives under Customers, a deal's under Pipeline …). */
export function sectionOf(route: Route): Page {
  if (route.page === 'customer') return 'customers'
  if (route.page === 'order') return 'orders'
  if (route.page === 'deal') return 'pipeline'
  if (route.page === 'ticket') return 'tickets'
  return route.page
}

export const selectSection = (s: NavigationStore): Page => sectionOf(s.route)
export const selectCanGoBack = (s: NavigationStore): boolean => s.history.length > 0

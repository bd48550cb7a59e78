import type { NavigationStore } from './action'
import type { AnswerDrill } from '../../../../src-shared/ipc/channels/drill'
import type { Drill, DrillFilters, Page, Route } from './initial-state'

export const selectRoute = (s: NavigationStore): Route => s.route

/** The sidebar entry a route belongs to (a customer's page lives under Customers, a deal's under Pipeline …). */
export function sectionOf(route: Route): Page {
  if (route.page === 'customer') return 'customers'
  if (route.page === 'order') return 'orders'
  if (route.page === 'deal') return 'pipeline'
  if (route.page === 'ticket') return 'tickets'
  if (route.page === 'audit') return 'settings'
  return route.page
}

export const selectSection = (s: NavigationStore): Page => sectionOf(s.route)
export const selectCanGoBack = (s: NavigationStore): boolean => s.history.length > 0

/** The drill-down a list page was opened with, if any (see `Drill`). */
export function drillOf<P extends keyof DrillFilters>(route: Route, page: P): Drill<DrillFilters[P]> | undefined {
  return route.page === page && 'drill' in route ? (route.drill as Drill<DrillFilters[P]>) : undefined
}

/** The survey answers behind a service-card mark (a CSAT score bar, an NPS group) the Tickets page was opened with. */
export function answersDrillOf(route: Route): Drill<AnswerDrill> | undefined {
  return route.page === 'tickets' && 'answers' in route ? route.answers : undefined
}

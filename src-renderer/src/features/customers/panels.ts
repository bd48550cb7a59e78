import { i18n } from '../../lib/i18n'
import { registerRecordPanel, type RecordPanel } from '../../registries/record-panels'
import { OpenTickets } from './components/detail/related-sections'

/**
 * Panels of the customer page that belong to other modules (deals, tickets). They are
 * registered here until those modules land; then each moves to its feature and registers itself
 * the same way, and the customers feature never imports them (the orders feature registers the
 * purchase history, `orders.history`).
 */
const PANELS: RecordPanel[] = [
  {
    id: 'tickets.open',
    kind: 'customer',
    column: 'side',
    order: 200,
    title: () => i18n.t('customers:ui.detail.openTickets'),
    Component: OpenTickets,
  },
]

/** Registers the panels; returns the function that removes them. */
export function registerCustomerPagePanels(): () => void {
  const stops = PANELS.map(registerRecordPanel)
  return () => stops.forEach((stop) => stop())
}

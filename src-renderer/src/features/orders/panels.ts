import { i18n } from '../../lib/i18n'
import { registerRecordPanel } from '../../registries/record-panels'
import { CustomerOrdersPanel } from './history/customer-orders-panel'

/**
 * The customer page's purchase history, with its "New order" button. It takes over the
 * `orders.history` panel the customers feature registered before this module landed (same id:
 * the registry replaces it).
 */
export function registerOrderPanels(): () => void {
  return registerRecordPanel({
    id: 'orders.history',
    kind: 'customer',
    column: 'main',
    order: 100,
    title: () => i18n.t('orders:ui.history.title'),
    Component: CustomerOrdersPanel,
  })
}

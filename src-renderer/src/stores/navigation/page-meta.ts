import type { IconName } from '../../components/icons'
import type { Page } from './initial-state'

/** How each page appears in the sidebar and the palette: its icon and its `nav:` label key. */
export const PAGE_META: Record<Page, { icon: IconName; label: NavLabelKey }> = {
  today: { icon: 'today', label: 'nav:today' },
  customers: { icon: 'customers', label: 'nav:customers' },
  orders: { icon: 'orders', label: 'nav:orders' },
  pipeline: { icon: 'pipeline', label: 'nav:pipeline' },
  tickets: { icon: 'tickets', label: 'nav:tickets' },
  marketing: { icon: 'marketing', label: 'nav:marketing' },
  dashboard: { icon: 'dashboard', label: 'nav:dashboard' },
  csv: { icon: 'import-export', label: 'nav:csv' },
  settings: { icon: 'settings', label: 'nav:settings' },
}

export type NavLabelKey =
  | 'nav:customers'
  | 'nav:orders'
  | 'nav:pipeline'
  | 'nav:tickets'
  | 'nav:marketing'
  | 'nav:dashboard'
  | 'nav:csv'
  | 'nav:settings'
  | 'nav:today'

/** Sidebar and page titles; keys are the route page names. */
export const nav = {
  mainNavigation: 'Main navigation',
  customers: 'Customers',
  customer: 'Customer',
  orders: 'Orders',
  order: 'Order',
  pipeline: 'Pipeline',
  tickets: 'Tickets',
  marketing: 'Marketing',
  dashboard: 'Dashboard',
  csv: 'Import / Export',
  settings: 'Settings',
  today: 'Today',
}

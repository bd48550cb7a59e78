import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { CustomersPage, preloadCustomerDialogs } from '../features/customers'
import { preloadTaskDialogs } from '../features/tasks/host'
import { selectRoute, useNavigationStore, type Route } from '../stores/navigation'
import { lazyPage } from '../lib/lazy-page'

/*
 * Every page but the customer list (the start page) is a lazy route, so the window's first
 * script holds only the shell and the list (issue 9: the customers page interactive fast from
 * a cold start, the `startup.renderer.ms` bench figure).
 */
/** Importing a module's feature registers its panels on record pages and its palette entries. */
const panelModules = (): Promise<unknown> =>
  Promise.all([
    import('../features/orders'),
    import('../features/pipeline'),
    import('../features/tickets'),
    import('../features/marketing'),
    import('../features/marketing/consent'),
    import('../features/privacy'),
  ])
const detail = lazyPage(() => panelModules().then(() => import('../features/customers/detail').then((m) => m.CustomerDetailPage)))
const today = lazyPage(() => import('../features/tasks').then((m) => m.TodayPage))
const orders = lazyPage(() => import('../features/orders').then((m) => m.OrdersPage))
const order = lazyPage(() => import('../features/orders').then((m) => m.OrderDetailPage))
const pipeline = lazyPage(() => import('../features/pipeline').then((m) => m.PipelinePage))
const deal = lazyPage(() => panelModules().then(() => import('../features/pipeline').then((m) => m.DealPage)))
const tickets = lazyPage(() => import('../features/tickets').then((m) => m.TicketsPage))
const ticket = lazyPage(() => panelModules().then(() => import('../features/tickets').then((m) => m.TicketPage)))
const csv = lazyPage(() => import('../features/csv').then((m) => m.CsvPage))
// Importing the backups feature registers its Settings section.
const settings = lazyPage(() =>
  Promise.all([import('../features/settings/page'), import('../features/backups')]).then(([m]) => m.SettingsPage),
)
const dashboard = lazyPage(() => import('../features/dashboard').then((m) => m.DashboardPage))
const marketing = lazyPage(() => import('../features/marketing').then((m) => m.MarketingPage))
const audit = lazyPage(() => import('../features/audit').then((m) => m.AuditPage))

/** Loads every lazy page's script and the start page's dialogs (the shell calls it once the start page is up). */
export const preloadPages = (): Promise<unknown> =>
  Promise.all([
    ...[detail, today, orders, order, pipeline, deal, tickets, ticket, csv, settings, dashboard, marketing, audit].map((page) =>
      page.preload(),
    ),
    preloadCustomerDialogs(),
    preloadTaskDialogs(),
  ])

/** Route → page, one line per page. */
export function Router() {
  const route = useNavigationStore(selectRoute)
  return (
    <Suspense fallback={<PageLoading />}>
      <RoutePage route={route} />
    </Suspense>
  )
}

/** What shows for the moment a page's script loads (from the local app files: a few ms). */
function PageLoading() {
  const { t } = useTranslation()
  return (
    <p role="status" className="muted page-loading">
      {t('common:loading')}
    </p>
  )
}

function RoutePage({ route }: { route: Route }) {
  switch (route.page) {
    case 'customers':
      return <CustomersPage /> // reads route.intent from the navigation store
    case 'customer':
      return <detail.Page id={route.id} />
    case 'pipeline':
      return <pipeline.Page /> // reads route.intent from the navigation store
    case 'deal':
      return <deal.Page id={route.id} />
    case 'tickets':
      return <tickets.Page />
    case 'ticket':
      return <ticket.Page id={route.id} />
    case 'marketing':
      return <marketing.Page /> // reads route.tab from the navigation store
    case 'dashboard':
      return <dashboard.Page />
    case 'csv':
      return <csv.Page />
    case 'settings':
      return <settings.Page />
    case 'orders':
      return <orders.Page /> // reads route.tab and route.intent from the navigation store
    case 'order':
      return <order.Page id={route.id} />
    case 'today':
      return <today.Page />
    case 'audit':
      return <audit.Page />
  }
}

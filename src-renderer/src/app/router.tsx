import { Suspense } from 'react'
import { useTranslation } from 'react-i18next'
import { CustomersPage } from '../features/customers'
// Eager: importing the feature registers its panels on the customer page and its palette entries.
import { OrderDetailPage, OrdersPage } from '../features/orders'
import { DealPage, PipelinePage } from '../features/pipeline'
import { TodayPage } from '../features/tasks'
import { TicketPage, TicketsPage } from '../features/tickets'
import { selectRoute, useNavigationStore, type Route } from '../stores/navigation'
import { lazyPage } from './lazy-page'

/*
 * Every page but the customer list (the start page) is a lazy route, so the window's first
 * script holds only the shell and the list (issue 9: the customers page interactive fast from
 * a cold start, the `startup.renderer.ms` bench figure).
 */
const detail = lazyPage(() => import('../features/customers/detail').then((m) => m.CustomerDetailPage))
const csv = lazyPage(() => import('../features/csv').then((m) => m.CsvPage))
const settings = lazyPage(() => import('../features/settings/page').then((m) => m.SettingsPage))
const comingSoon = lazyPage(() => import('../features/coming-soon').then((m) => m.ComingSoonPage))

/** Loads every lazy page's script (the shell calls it once the start page is up). */
export const preloadPages = (): Promise<unknown> => Promise.all([detail, csv, settings, comingSoon].map((page) => page.preload()))

/** Route → page, one line per page. A feature that lands replaces its ComingSoonPage line. */
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
      return <PipelinePage /> // reads route.intent from the navigation store
    case 'deal':
      return <DealPage id={route.id} />
    case 'tickets':
      return <TicketsPage />
    case 'ticket':
      return <TicketPage id={route.id} />
    case 'marketing':
      return <comingSoon.Page page="marketing" />
    case 'dashboard':
      return <comingSoon.Page page="dashboard" />
    case 'csv':
      return <csv.Page />
    case 'settings':
      return <settings.Page />
    case 'orders':
      return <OrdersPage /> // reads route.tab and route.intent from the navigation store
    case 'order':
      return <OrderDetailPage id={route.id} />
    case 'today':
      return <TodayPage />
  }
}

import { ComingSoonPage } from '../features/coming-soon'
import { CustomerDetailPage, CustomersPage } from '../features/customers'
import { CsvPage } from '../features/csv'
import { DealPage, PipelinePage } from '../features/pipeline'
import { SettingsPage } from '../features/settings'
import { selectRoute, useNavigationStore, type Route } from '../stores/navigation'

/** Route → page, one line per page. A feature that lands replaces its ComingSoonPage line. */
export function Router() {
  const route = useNavigationStore(selectRoute)
  return <RoutePage route={route} />
}

function RoutePage({ route }: { route: Route }) {
  switch (route.page) {
    case 'customers':
      return <CustomersPage /> // reads route.intent from the navigation store
    case 'customer':
      return <CustomerDetailPage id={route.id} />
    case 'pipeline':
      return <PipelinePage /> // reads route.intent from the navigation store
    case 'deal':
      return <DealPage id={route.id} />
    case 'tickets':
      return <ComingSoonPage page="tickets" />
    case 'marketing':
      return <ComingSoonPage page="marketing" />
    case 'dashboard':
      return <ComingSoonPage page="dashboard" />
    case 'csv':
      return <CsvPage />
    case 'settings':
      return <SettingsPage />
  }
}

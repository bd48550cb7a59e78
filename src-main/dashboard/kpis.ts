import type Database from 'better-sqlite3'
import type { DashboardKpis, DayRange } from '../../src-shared/domain/dashboard-types'
import { closeMonths } from '../deals/close-months'
import { openTicketCount } from '../service/queries'
import { snapshot } from './kpi-value'
import { previousPeriod } from './periods'
import { salesKpis, type SalesKpiKey } from './sales-kpis'
import { serviceKpis, type ServiceKpiKey } from './service-kpis'

/**
 * Every tile for the period and the previous period of the same length. Open pipeline and open
 * tickets are what is open now, whatever the period (the deals and tickets keep no history of
 * being open), so their previous value is missing.
 */
export function computeKpis(db: Database.Database, period: DayRange): DashboardKpis {
  const previous = previousPeriod(period)
  const now = { ...salesKpis(db, period), ...serviceKpis(db, period) }
  const before = { ...salesKpis(db, previous), ...serviceKpis(db, previous) }
  const pair = (key: SalesKpiKey | ServiceKpiKey) => ({ current: now[key], previous: before[key] })
  const pipeline = closeMonths(db).months.reduce(
    (sum, month) => ({ value: sum.value + month.value, weighted: sum.weighted + month.weighted }),
    { value: 0, weighted: 0 },
  )
  return {
    period,
    previous,
    kpis: {
      revenue: pair('revenue'),
      orders: pair('orders'),
      averageOrderValue: pair('averageOrderValue'),
      newCustomers: pair('newCustomers'),
      returningShare: pair('returningShare'),
      pipelineOpen: snapshot(pipeline.value),
      pipelineWeighted: snapshot(pipeline.weighted),
      openTickets: snapshot(openTicketCount(db)),
      slaBreaches: pair('slaBreaches'),
      csat: pair('csat'),
      nps: pair('nps'),
    },
  }
}

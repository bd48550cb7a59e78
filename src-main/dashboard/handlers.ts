import { format } from 'date-fns'
import { runLight } from '../insights/service'
import type { DomainHandlers } from '../ipc/handler'
import { beforeAfter } from './before-after'
import { computeKpis } from './kpis'
import { periodEdges } from './periods'
import { computeTrend } from './trend'

/**
 * The tiles are cached like the light insights: per period, local day and data version, so the
 * dashboard opened again, or a period chosen again, answers without reading; any write moves
 * the version. The day is in the key because SLA breaches of open tickets grow with time, the
 * period's UTC edges because its local days move with the laptop's time zone.
 */
export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.kpis': (input, ctx) =>
    runLight(ctx, 'dashboard.kpis', [input, periodEdges(input)], () => computeKpis(ctx.db, input)),
  'dashboard.trend': (input, ctx) => computeTrend(ctx.db, input),
  'dashboard.beforeAfter': (input, ctx) => beforeAfter(ctx.db, input, format(ctx.clock.now(), 'yyyy-MM-dd')),
}

import type { DomainHandlers } from '../ipc/handler'
import { computeKpis } from './kpis'
import { computeTrend } from './trend'

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.kpis': (input, ctx) => computeKpis(ctx.db, input),
  'dashboard.trend': (input, ctx) => computeTrend(ctx.db, input),
}

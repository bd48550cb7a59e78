import { format } from 'date-fns'
import type { DomainHandlers } from '../ipc/handler'
import { beforeAfter } from './before-after'
import { computeKpis } from './kpis'
import { computeTrend } from './trend'

export const dashboardHandlers: DomainHandlers<'dashboard'> = {
  'dashboard.kpis': (input, ctx) => computeKpis(ctx.db, input),
  'dashboard.trend': (input, ctx) => computeTrend(ctx.db, input),
  'dashboard.beforeAfter': (input, ctx) => beforeAfter(ctx.db, input, format(ctx.clock.now(), 'yyyy-MM-dd')),
}

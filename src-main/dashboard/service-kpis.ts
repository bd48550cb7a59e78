import type Database from 'better-sqlite3'
import type { DashboardKpiKey, DayRange, KpiValue } from '../../src-shared/domain/dashboard-types'
import { csat, nps } from '../analytics'
import { serviceRows } from '../insights/sql/service-rows'
import { figure, missing } from './kpi-value'

export type ServiceKpiKey = Extract<DashboardKpiKey, 'slaBreaches' | 'csat' | 'nps'>

/**
 * As the service insight computes them: tickets opened in the period that broke their SLA (in
 * business time), CSAT and NPS of the survey answers given in the period.
 */
export function serviceKpis(db: Database.Database, period: DayRange): Record<ServiceKpiKey, KpiValue> {
  const { tickets, answers } = serviceRows(db, period.from, period.to)
  const score = (kind: 'csat' | 'nps', of: (scores: number[]) => number): KpiValue => {
    const scores = answers.filter((a) => a.kind === kind).map((a) => a.score)
    return scores.length === 0 ? missing('noResponses', 0) : figure(of(scores), scores.length)
  }
  return {
    slaBreaches: figure(tickets.filter((t) => t.breached).length, tickets.length),
    csat: score('csat', csat),
    nps: score('nps', nps),
  }
}

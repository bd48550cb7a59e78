import type Database from 'better-sqlite3'
import type { DurationStats, ServiceResult } from '../../../src-shared/domain/analytics'
import type { ServiceInput } from '../../../src-shared/ipc/channels/analytics'
import { csat, nps } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { shiftDays } from '../lib/dates'
import { quantile } from '../lib/quantile'
import { serviceRows } from '../sql/service-rows'

/** Without dates: the last 90 days including today. */
const DEFAULT_DAYS = 90

/** Ticket speed, CSAT and NPS over local days `from`..`to` (inclusive). */
export function computeService(db: Database.Database, input: ServiceInput, today: string): ServiceResult {
  const to = input.to ?? (input.from && input.from > today ? input.from : today)
  const from = input.from ?? shiftDays(to, -(DEFAULT_DAYS - 1))
  const rows = serviceRows(db, from, to)
  return {
    from,
    to,
    tickets: {
      opened: rows.opened,
      firstResponseMinutes: durationStats(rows.firstResponseMinutes),
      resolutionHours: durationStats(rows.resolutionHours),
    },
    csat: { score: rows.csatScores.length ? csat(rows.csatScores) : null, responses: rows.csatScores.length },
    nps: { score: rows.npsScores.length ? nps(rows.npsScores) : null, responses: rows.npsScores.length },
    basis: makeBasis('tickets', rows.opened, from, to),
  }
}

const durationStats = (values: Float64Array): DurationStats => ({
  count: values.length,
  median: quantile(values, 0.5),
  p90: quantile(values, 0.9),
})

import type Database from 'better-sqlite3'
import type { DurationStats, ServiceResult } from '../../../src-shared/domain/analytics'
import type { ServiceInput } from '../../../src-shared/ipc/channels/analytics'
import { csat, nps } from '../../analytics'
import { makeBasis } from '../lib/basis'
import { shiftDays } from '../lib/dates'
import { quantile } from '../lib/quantile'
import { serviceRows } from '../sql/service-rows'
import { monthlyTickets, scoreCounts } from './service-distribution'
import {
  breachRates,
  FIRST_RESPONSE_EDGES,
  histogram,
  monthlyScores,
  repeatComplainers,
  RESOLUTION_EDGES,
} from './service-figures'

/** Without dates: the last 90 days including today. */
const DEFAULT_DAYS = 90

/**
 * Ticket speed in business time, SLA breaches, complaints, CSAT and NPS (overall and by month)
 * over local days `from`..`to` (inclusive).
 */
export function computeService(db: Database.Database, input: ServiceInput, today: string): ServiceResult {
  const to = input.to ?? (input.from && input.from > today ? input.from : today)
  const from = input.from ?? shiftDays(to, -(DEFAULT_DAYS - 1))
  const { tickets, answers } = serviceRows(db, from, to)
  const firstResponse = Float64Array.from(
    tickets.flatMap((t) => (t.firstResponseMinutes === null ? [] : [t.firstResponseMinutes])),
  )
  const resolutionHours = Float64Array.from(
    tickets.flatMap((t) => (t.resolutionMinutes === null ? [] : [t.resolutionMinutes / 60])),
  )
  const csatScores = answers.filter((a) => a.kind === 'csat').map((a) => a.score)
  const npsScores = answers.filter((a) => a.kind === 'nps').map((a) => a.score)
  const complaints = tickets.filter((t) => t.kind === 'complaint').length
  return {
    from,
    to,
    tickets: {
      opened: tickets.length,
      firstResponseMinutes: durationStats(firstResponse),
      resolutionHours: durationStats(resolutionHours),
      firstResponseHistogram: histogram(
        firstResponse.map((m) => m / 60),
        FIRST_RESPONSE_EDGES,
      ),
      resolutionHistogram: histogram(resolutionHours, RESOLUTION_EDGES),
    },
    breaches: breachRates(tickets),
    complaints: { count: complaints, share: tickets.length === 0 ? null : complaints / tickets.length },
    csat: { score: csatScores.length ? csat(csatScores) : null, responses: csatScores.length },
    nps: { score: npsScores.length ? nps(npsScores) : null, responses: npsScores.length },
    monthly: monthlyScores(answers, from, to),
    repeatComplaints: namedComplainers(db, repeatComplainers(tickets)),
    ...scoreCounts(answers),
    monthlyTickets: monthlyTickets(tickets, from, to),
    basis: makeBasis('tickets', tickets.length, from, to),
  }
}

const durationStats = (values: Float64Array): DurationStats => ({
  count: values.length,
  median: quantile(values, 0.5),
  p90: quantile(values, 0.9),
})

function namedComplainers(db: Database.Database, rows: [number, number, string][]): ServiceResult['repeatComplaints'] {
  const customer = db.prepare('SELECT name, phone FROM customers WHERE id = ?')
  return rows.map(([customerId, complaints, lastAt]) => {
    const { name, phone } = customer.get(customerId) as { name: string; phone: string | null }
    return { customerId, name, phone, complaints, lastAt }
  })
}

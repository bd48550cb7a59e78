import type { BreachRate, Histogram, ServiceResult } from '../../../src-shared/domain/analytics'
import { TICKET_KINDS, TICKET_PRIORITIES } from '../../../src-shared/domain/ticket'
import { csat, nps } from '../../analytics'
import { localDayMemo, monthOf, monthRange } from '../lib/dates'
import type { ServiceRows, ServiceTicket } from '../sql/service-rows'

/** Bucket edges in business hours: first answers within minutes to a day, fixes within hours to weeks. */
export const FIRST_RESPONSE_EDGES = [0.25, 0.5, 1, 2, 4, 8]
export const RESOLUTION_EDGES = [1, 4, 8, 16, 40, 80]

/** Counts per bucket: `counts[i]` holds values ≤ `edges[i]` (and above the edge before); the last, the rest. */
export function histogram(values: Iterable<number>, edges: number[]): Histogram {
  const counts = new Array<number>(edges.length + 1).fill(0)
  for (const value of values) {
    const bucket = edges.findIndex((edge) => value <= edge)
    counts[bucket === -1 ? edges.length : bucket]++
  }
  return { edges, counts }
}

function rate(key: string, tickets: ServiceTicket[]): BreachRate {
  const breached = tickets.filter((t) => t.breached).length
  return { key, tickets: tickets.length, breached, rate: tickets.length === 0 ? null : breached / tickets.length }
}

/** Breach rate of all tickets, and by priority and by kind (every value listed, zeros kept). */
export function breachRates(tickets: ServiceTicket[]): ServiceResult['breaches'] {
  return {
    overall: rate('all', tickets),
    byPriority: TICKET_PRIORITIES.map((p) =>
      rate(
        p,
        tickets.filter((t) => t.priority === p),
      ),
    ),
    byKind: TICKET_KINDS.map((k) =>
      rate(
        k,
        tickets.filter((t) => t.kind === k),
      ),
    ),
  }
}

/** CSAT and NPS of every local month from `from` to `to`, empty months kept (null scores). */
export function monthlyScores(answers: ServiceRows['answers'], from: string, to: string): ServiceResult['monthly'] {
  const dayOf = localDayMemo()
  const byMonth = new Map<string, { csat: number[]; nps: number[] }>()
  for (const answer of answers) {
    const month = monthOf(dayOf(answer.at))
    const slot = byMonth.get(month) ?? { csat: [], nps: [] }
    slot[answer.kind].push(answer.score)
    byMonth.set(month, slot)
  }
  return monthRange(monthOf(from), monthOf(to)).map((month) => {
    const scores = byMonth.get(month) ?? { csat: [], nps: [] }
    return {
      month,
      csat: scores.csat.length ? csat(scores.csat) : null,
      csatResponses: scores.csat.length,
      nps: scores.nps.length ? nps(scores.nps) : null,
      npsResponses: scores.nps.length,
    }
  })
}

/** Customers with two or more complaints among the tickets: [customer id, complaints, last opened]. */
export function repeatComplainers(tickets: ServiceTicket[], limit = 10): [number, number, string][] {
  const counts = new Map<number, { n: number; last: string }>()
  for (const t of tickets) {
    if (t.kind !== 'complaint' || t.customerId === null) continue
    const entry = counts.get(t.customerId) ?? { n: 0, last: '' }
    entry.n++
    if (t.openedAt > entry.last) entry.last = t.openedAt
    counts.set(t.customerId, entry)
  }
  return [...counts]
    .filter(([, e]) => e.n >= 2)
    .sort((a, b) => b[1].n - a[1].n || (a[1].last < b[1].last ? 1 : -1) || a[0] - b[0])
    .slice(0, limit)
    .map(([id, e]) => [id, e.n, e.last])
}

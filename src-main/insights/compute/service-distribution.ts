import type { ServiceResult } from '../../../src-shared/domain/analytics'
import { localDayMemo, monthOf, monthRange, shiftDays, shiftMonths } from '../lib/dates'
import type { ServiceRows } from '../sql/service-rows'

type Distribution = Pick<ServiceResult, 'csatCounts' | 'npsCounts' | 'npsGroups'>

/** Answers per score: CSAT 1–5, NPS 0–10 and its three groups (detractors 0–6, passives 7–8, promoters 9–10). */
export function scoreCounts(answers: ServiceRows['answers']): Distribution {
  const csatCounts = new Array<number>(5).fill(0)
  const npsCounts = new Array<number>(11).fill(0)
  for (const { kind, score } of answers) {
    if (kind === 'csat') csatCounts[score - 1]++
    else npsCounts[score]++
  }
  const sum = (from: number, to: number): number => npsCounts.slice(from, to + 1).reduce((a, b) => a + b, 0)
  return { csatCounts, npsCounts, npsGroups: { detractors: sum(0, 6), passives: sum(7, 8), promoters: sum(9, 10) } }
}

/**
 * Tickets opened in each local month of `from`..`to`, each month cut to the period (its first
 * and last month may be partial), so a month's bar and the tickets drilled from it agree.
 */
export function monthlyTickets(tickets: { openedAt: string }[], from: string, to: string): ServiceResult['monthlyTickets'] {
  const dayOf = localDayMemo()
  const counts = new Map<string, number>()
  for (const t of tickets) {
    const month = monthOf(dayOf(t.openedAt))
    counts.set(month, (counts.get(month) ?? 0) + 1)
  }
  return monthRange(monthOf(from), monthOf(to)).map((month) => {
    const last = shiftDays(`${shiftMonths(month, 1)}-01`, -1)
    return {
      month,
      from: `${month}-01` < from ? from : `${month}-01`,
      to: last > to ? to : last,
      opened: counts.get(month) ?? 0,
    }
  })
}

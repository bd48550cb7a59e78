import { endOfMonth } from 'date-fns/endOfMonth'
import { endOfQuarter } from 'date-fns/endOfQuarter'
import { format } from 'date-fns/format'
import { startOfQuarter } from 'date-fns/startOfQuarter'

export type PeriodKind = 'all' | 'month' | 'quarter' | 'custom'

const day = (d: Date): string => format(d, 'yyyy-MM-dd')

/** `2026-11` → the month's first and last day. */
export function monthPeriod(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number)
  const start = new Date(y, m - 1, 1)
  return { from: day(start), to: day(endOfMonth(start)) }
}

/** Quarter `q` (1–4) of `year` → its first and last day. */
export function quarterPeriod(year: number, q: number): { from: string; to: string } {
  const start = startOfQuarter(new Date(year, (q - 1) * 3, 1))
  return { from: day(start), to: day(endOfQuarter(start)) }
}

import type { CompiledCalendar } from '../business-calendar'
import type { YearTable } from './year-table'

// Millisecond arithmetic on a compiled calendar. Each call costs a binary search per end plus one
// step per local year spanned; no call walks days or minutes.

/** The first index in [0, n) where `holds` is true (false before it, true from it on), or n. */
function firstWhere(n: number, holds: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (holds(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}

/** Business ms of a year table before the instant t (t within the table's year). */
function cumulative(table: YearTable, t: number): number {
  const { starts, ends, cum } = table
  const i = firstWhere(starts.length, (k) => starts[k] > t) - 1 // the last interval opened by t
  return i < 0 ? 0 : cum[i] + Math.min(t - starts[i], ends[i] - starts[i])
}

const total = (table: YearTable): number => table.cum[table.starts.length]

/** Business ms from a to b; negative when b is before a (so spans add up in any order). */
export function businessMsBetween(calendar: CompiledCalendar, a: number, b: number): number {
  if (b < a) return -businessMsBetween(calendar, b, a)
  let table = calendar.tableAt(a)
  const last = calendar.tableAt(b)
  let sum = -cumulative(table, a)
  while (table !== last) {
    sum += total(table)
    table = calendar.year(table.year + 1)
  }
  return sum + cumulative(last, b)
}

/**
 * The instant the last of `ms` business milliseconds (ms > 0) is used, counting from `start`: the
 * earliest t with businessMsBetween(start, t) = ms. Because the count only grows inside business
 * time, a start outside it (or exactly at a closing time) effectively begins at the next opening,
 * and a target used up exactly at a closing time lands on that closing time, not the next opening.
 * Rounded to whole milliseconds, the resolution of ISO-8601 strings.
 */
export function addBusinessMs(calendar: CompiledCalendar, start: number, ms: number): number {
  if (ms <= 0) return nextBusinessInstant(calendar, start)
  let table = calendar.tableAt(start)
  let need = cumulative(table, start) + ms
  while (need > total(table)) {
    need -= total(table)
    table = calendar.year(table.year + 1)
  }
  const { starts, cum } = table
  const i = firstWhere(starts.length, (k) => cum[k + 1] >= need) // the interval where `need` is reached
  return Math.round(starts[i] + (need - cum[i]))
}

/** t itself when business time runs at t, otherwise the next opening (a closing time is not open). */
export function nextBusinessInstant(calendar: CompiledCalendar, t: number): number {
  let table = calendar.tableAt(t)
  for (;;) {
    const { starts, ends } = table
    const i = firstWhere(ends.length, (k) => ends[k] > t) // the first interval still open after t
    if (i < ends.length) return Math.max(t, starts[i])
    table = calendar.year(table.year + 1)
  }
}

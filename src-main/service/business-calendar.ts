import { AppError } from '../../src-shared/ipc/app-error'
import { CN_2026_HOLIDAYS, CN_2026_WORKDAYS } from './holidays-cn-2026'
import { validateCalendar, type BusinessCalendar, type CalendarRules } from './sla/validate-calendar'
import { buildYearTable, type YearTable } from './sla/year-table'

// Years an instant may fall in: the 4-digit years ISO-8601 strings can carry.
const FIRST_YEAR = 1
const LAST_YEAR = 9999

/**
 * A validated calendar with its business time laid out per local year on first use. Build it once
 * per calendar (`compileCalendar` caches by identity) and every later call is a binary search.
 */
export class CompiledCalendar {
  private readonly years = new Map<number, YearTable>()
  /** The table used last: consecutive calls mostly fall in the same year. */
  private recent: YearTable | undefined

  constructor(readonly rules: CalendarRules) {}

  /** The table of one local year; refuses years outside 1–9999 with `sla_out_of_range`. */
  year(year: number): YearTable {
    let table = this.years.get(year)
    if (!table) {
      if (year < FIRST_YEAR || year > LAST_YEAR) throw new AppError('sla_out_of_range')
      table = buildYearTable(this.rules, year)
      this.years.set(year, table)
    }
    return table
  }

  /** The table of the local year in which a UTC instant falls. */
  tableAt(utcMs: number): YearTable {
    let table = this.recent ?? this.year(1970 + Math.floor(utcMs / 31_556_952_000)) // mean Gregorian year
    while (utcMs < table.from) table = this.year(table.year - 1)
    while (utcMs >= table.to) table = this.year(table.year + 1)
    this.recent = table
    return table
  }
}

const byIdentity = new WeakMap<BusinessCalendar, CompiledCalendar>()
/** The last few calendars by content, oldest first, for callers that rebuild the object per read. */
const byContent = new Map<string, CompiledCalendar>()
const KEEP_BY_CONTENT = 8

/**
 * Validates a calendar (refusing a bad one with an `AppError` that names the problem) and returns
 * its compiled form. Cached by object identity, then by content: a queue of 10,000 tickets sharing
 * one calendar object validates it and lays out each year once, and a calendar re-read from the
 * settings as a new but equal object reuses that work too. Treat calendars as immutable values —
 * change one by making a new object, never by editing an object already used.
 */
export function compileCalendar(calendar: BusinessCalendar): CompiledCalendar {
  const known = byIdentity.get(calendar)
  if (known) return known
  const key = JSON.stringify([calendar.timeZone, calendar.week, calendar.holidays, calendar.workdays])
  let result = byContent.get(key)
  if (!result) {
    result = new CompiledCalendar(validateCalendar(calendar))
    byContent.set(key, result)
    if (byContent.size > KEEP_BY_CONTENT) byContent.delete(byContent.keys().next().value as string)
  }
  byIdentity.set(calendar, result)
  return result
}

/**
 * The calendar a new shop starts with: Monday to Friday 09:00–12:00 and 13:30–18:00, China's 2026
 * public holidays and make-up working days, in the computer's time zone unless one is given.
 */
export function defaultBusinessCalendar(timeZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone): BusinessCalendar {
  // A fresh array per day, so editing one day's hours never changes another's.
  const hours = (): Array<[string, string]> => [
    ['09:00', '12:00'],
    ['13:30', '18:00'],
  ]
  return {
    timeZone,
    week: [[], hours(), hours(), hours(), hours(), hours(), []],
    holidays: [...CN_2026_HOLIDAYS],
    workdays: [...CN_2026_WORKDAYS],
  }
}

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defaultBusinessCalendar,
  type BusinessCalendar,
} from '../../src-main/service/sla'
import reference from '../reference/sla-zoneinfo.json'
import { openAt } from './sla-support'

// Independent checks: business time counted minute by minute from UTC forward to local time —
// never converting a local time back to UTC, which is the hard half our module does.

describe("against Python's zoneinfo (tests/reference/sla-zoneinfo.py)", () => {
  // JSON widens the [open, close] pairs to string[]; compileCalendar checks their shape at run time.
  const calendars = reference.calendars as unknown as Record<string, BusinessCalendar>

  it.each(reference.add)('$calendar: $start + $minutes → $expected', ({ calendar, start, minutes, expected }) => {
    expect(addBusinessMinutes(start, minutes, calendars[calendar])).toBe(expected)
  })

  it.each(reference.between)('$calendar: $from → $to = $expected', ({ calendar, from, to, expected }) => {
    expect(businessMinutesBetween(from, to, calendars[calendar])).toBe(expected)
  })
})

/** Open minutes in [fromMs, toMs), minute by minute. */
function bruteForceMinutes(calendar: BusinessCalendar, fromMs: number, toMs: number): number {
  const open = openAt(calendar)
  let count = 0
  for (let t = fromMs; t < toMs; t += 60_000) if (open(t)) count++
  return count
}

describe('against a brute-force minute counter', () => {
  // Hours away from 02:00–03:00, where the two ways of reading a daylight-saving change differ.
  const berlinDaily: BusinessCalendar = {
    timeZone: 'Europe/Berlin',
    week: Array.from({ length: 7 }, () => [
      ['07:30', '12:00'],
      ['12:45', '22:15'],
    ]),
    holidays: ['2026-10-26'],
    workdays: [],
  }
  const office = (): Array<[string, string]> => [['08:00', '17:00']]
  const newYork: BusinessCalendar = {
    timeZone: 'America/New_York',
    week: [[], office(), office(), office(), office(), office(), [['10:00', '14:00']]],
    holidays: [],
    workdays: ['2026-03-08'], // the Sunday of the change, worked with Monday's hours
  }
  const cases: Array<[string, BusinessCalendar, string]> = [
    ['Berlin, week of the March change', berlinDaily, '2026-03-26T00:00:00Z'],
    ['Berlin, week of the October change', berlinDaily, '2026-10-22T00:00:00Z'],
    ['New York, week of the March change', newYork, '2026-03-05T00:00:00Z'],
    ['Shanghai with China 2026, 国庆', defaultBusinessCalendar('Asia/Shanghai'), '2026-09-17T00:00:00Z'],
  ]

  it.each(cases)('%s', (_, calendar, weekStart) => {
    const base = Date.parse(weekStart)
    const span = fc.tuple(fc.integer({ min: 0, max: 6 * 1440 }), fc.integer({ min: 0, max: 2 * 1440 }))
    fc.assert(
      fc.property(span, ([startMinute, length]) => {
        const from = base + startMinute * 60_000
        const to = from + length * 60_000
        const counted = businessMinutesBetween(new Date(from).toISOString(), new Date(to).toISOString(), calendar)
        expect(counted).toBe(bruteForceMinutes(calendar, from, to))
      }),
      { numRuns: 15 },
    )
  })
})

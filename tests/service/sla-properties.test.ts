import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defaultBusinessCalendar,
  type BusinessCalendar,
} from '../../src-main/service/sla'
import { berlin, shanghai } from './sla-support'

const ZONES = [
  'Asia/Shanghai',
  'Europe/Berlin',
  'America/New_York',
  'America/Santiago',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'UTC',
]
const FROM = Date.parse('2025-09-01T00:00:00Z')
const TO = Date.parse('2027-03-01T00:00:00Z')
const iso = (ms: number): string => new Date(ms).toISOString()

/** Any valid day: 0–3 sorted, disjoint intervals on a 15-minute grid, 24:00 allowed as a close. */
const day = fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b)
  const hhmm = (q: number) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`
  const out: Array<[string, string]> = []
  for (let i = 0; i + 1 < sorted.length; i += 2) out.push([hhmm(sorted[i]), hhmm(sorted[i + 1])])
  return out
})
const date2026 = fc
  .integer({ min: 0, max: 364 })
  .map((d) => iso(Date.parse('2026-01-01T00:00:00Z') + d * 86_400_000).slice(0, 10))

const randomCalendar: fc.Arbitrary<BusinessCalendar> = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    week: fc.array(day, { minLength: 7, maxLength: 7 }).filter((w) => w.some((d) => d.length > 0)),
    holidays: fc.uniqueArray(date2026, { maxLength: 20 }),
    workdays: fc.uniqueArray(date2026, { maxLength: 6 }),
  })
  .map((c) => ({ ...c, workdays: c.workdays.filter((d) => !c.holidays.includes(d)) }))

const calendar = fc.oneof(fc.constantFrom(shanghai, berlin, defaultBusinessCalendar('Asia/Shanghai')), randomCalendar)
const instant = fc.integer({ min: FROM, max: TO }).map(iso)
/** Business minutes as whole milliseconds (what an ISO string can carry), up to ~20 working days. */
const minutes = fc.integer({ min: 0, max: 20 * 450 * 60_000 }).map((ms) => ms / 60_000)

describe('business-time properties', () => {
  it('between(a, add(a, m)) = m, for a start anywhere', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, (cal, a, m) => {
        expect(Math.abs(businessMinutesBetween(a, addBusinessMinutes(a, m, cal), cal) - m)).toBeLessThanOrEqual(1e-9)
      }),
    )
  })

  it('between(a, add(a, m)) = m, for a start inside business time', () => {
    fc.assert(
      fc.property(calendar, instant, fc.integer({ min: 1, max: 600 * 60_000 }), minutes, (cal, a0, into, m) => {
        const a = addBusinessMinutes(a0, into / 60_000, cal) // inside business time (or at a closing)
        expect(Math.abs(businessMinutesBetween(a, addBusinessMinutes(a, m, cal), cal) - m)).toBeLessThanOrEqual(1e-9)
      }),
    )
  })

  it('add is monotone in m and never goes back in time', () => {
    fc.assert(
      fc.property(calendar, instant, minutes, minutes, (cal, a, m1, m2) => {
        const [lo, hi] = m1 <= m2 ? [m1, m2] : [m2, m1]
        const early = Date.parse(addBusinessMinutes(a, lo, cal))
        expect(early).toBeGreaterThanOrEqual(Date.parse(a))
        expect(early).toBeLessThanOrEqual(Date.parse(addBusinessMinutes(a, hi, cal)))
      }),
    )
  })

  it('between adds up: between(a, b) + between(b, c) = between(a, c) for a ≤ b ≤ c', () => {
    fc.assert(
      fc.property(calendar, fc.array(instant, { minLength: 3, maxLength: 3 }), (cal, times) => {
        const [a, b, c] = times.sort()
        const sum = businessMinutesBetween(a, b, cal) + businessMinutesBetween(b, c, cal)
        expect(Math.abs(sum - businessMinutesBetween(a, c, cal))).toBeLessThanOrEqual(1e-9)
      }),
    )
  })

  it('between(a, b) is between 0 and the real minutes from a to b', () => {
    fc.assert(
      fc.property(calendar, instant, instant, (cal, x, y) => {
        const [a, b] = x <= y ? [x, y] : [y, x]
        const business = businessMinutesBetween(a, b, cal)
        expect(business).toBeGreaterThanOrEqual(0)
        expect(business).toBeLessThanOrEqual((Date.parse(b) - Date.parse(a)) / 60_000)
      }),
    )
  })
})

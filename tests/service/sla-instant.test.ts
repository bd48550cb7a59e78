import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatInstant, parseInstant } from '../../src-main/service/sla/instant'

// Our hand-rolled ISO reader and writer (a queue parses tens of thousands of times per refresh)
// against the platform's Date.
const YEAR_0 = Date.parse('0000-01-01T00:00:00.000Z')
const YEAR_9999_END = Date.parse('9999-12-31T23:59:59.999Z')
const anyInstant = fc.integer({ min: YEAR_0, max: YEAR_9999_END })

describe('ISO-8601 instants', () => {
  it('writes exactly what toISOString writes and reads it back', () => {
    fc.assert(
      fc.property(anyInstant, (ms) => {
        expect(formatInstant(ms)).toBe(new Date(ms).toISOString())
        expect(parseInstant(new Date(ms).toISOString())).toBe(ms)
      }),
    )
  })

  it('reads offsets, short forms and long fractions as Date.parse does', () => {
    const offset = fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 14 }), fc.constantFrom(0, 15, 30, 45))
    fc.assert(
      fc.property(
        fc.integer({ min: Date.parse('1900-01-01T00:00Z'), max: Date.parse('2100-01-01T00:00Z') }),
        offset,
        (ms, [sign, h, m]) => {
          const local = new Date(ms).toISOString().slice(0, 16) // a wall-clock reading, to minutes
          const text = `${local}${sign}${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`
          expect(parseInstant(text)).toBe(Date.parse(text))
        },
      ),
    )
    expect(parseInstant('2026-03-02T09:00+08:00')).toBe(Date.parse('2026-03-02T01:00:00Z'))
    expect(parseInstant('2026-03-02T09:00:05.123456789Z')).toBe(Date.parse('2026-03-02T09:00:05.123Z'))
    expect(parseInstant('2026-03-02T09:00:05.5Z')).toBe(Date.parse('2026-03-02T09:00:05.500Z'))
    expect(parseInstant('2024-02-29T00:00Z')).toBe(Date.parse('2024-02-29T00:00:00Z'))
  })

  it.each([
    '2026-03-02T09:00', // no offset: would be read in the computer's zone
    '2026-03-02 09:00Z',
    '2026-02-29T00:00Z', // not a leap year
    '2026-04-31T00:00Z',
    '2026-13-01T00:00Z',
    '2026-03-02T24:00Z',
    '2026-03-02T09:60Z',
    '2026-03-02T09:00:60Z',
    '2026-03-02T09:00+08:60',
    '2026-03-02T09:00+0800',
    '2026-03-02T09:00:00.Z',
    '2026-03-02T09:00Zjunk',
    '+02026-03-02T09:00Z',
    '',
  ])('refuses %j', (text) => {
    expect(() => parseInstant(text)).toThrow(expect.objectContaining({ code: 'sla_bad_time', params: { value: text } }))
  })
})

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slaState, type SlaPolicy, type TicketEvent } from '../../src-main/service/sla'
import { openAt, shanghai } from './sla-support'

// Random ticket logs over four days (Mon 2 – Thu 5 March 2026, Shanghai), checked against a replay
// that walks the same period minute by minute: the status in force during each minute and a
// brute-force "is the shop open" decide whether that minute counts.
const START = Date.parse('2026-03-02T00:00:00+08:00')
const MINUTES = 4 * 1440
const isOpen = openAt(shanghai)
const open = Array.from({ length: MINUTES }, (_, m) => isOpen(START + m * 60_000))
const policy: SlaPolicy = { firstResponseMinutes: 120, resolutionMinutes: 600 }
const iso = (minute: number) => new Date(START + minute * 60_000).toISOString()

const event = fc.oneof(
  fc.record({ minute: fc.integer({ min: 0, max: MINUTES - 1 }), kind: fc.constant('replied' as const) }),
  fc.record({
    minute: fc.integer({ min: 0, max: MINUTES - 1 }),
    kind: fc.constant('status' as const),
    status: fc.constantFrom('open' as const, 'pending' as const, 'resolved' as const, 'closed' as const),
  }),
)
const log = fc.record({
  opened: fc.integer({ min: 0, max: MINUTES - 1 }),
  rest: fc.array(event, { maxLength: 8 }),
  now: fc.integer({ min: 0, max: MINUTES }),
})

type Timed = { minute: number; kind: 'opened' | 'replied' | 'status'; status?: 'open' | 'pending' | 'resolved' | 'closed' }

const toEvent = (e: Timed): TicketEvent =>
  e.kind === 'status' ? { at: iso(e.minute), kind: 'status', status: e.status ?? 'open' } : { at: iso(e.minute), kind: e.kind }
const byTimeOpenedFirst = (a: { e: Timed; i: number }, b: { e: Timed; i: number }): number =>
  a.e.minute - b.e.minute || (a.e.kind === 'opened' ? 0 : 1) - (b.e.kind === 'opened' ? 0 : 1) || a.i - b.i

/** Business minutes each clock ran in [0, now), one minute at a time. */
function walk(events: Timed[], now: number): { firstResponse: number; resolution: number } {
  // Applied in time order; at equal minutes `opened` first, then log order (the documented rule).
  const sorted = events.map((e, i) => ({ e, i })).sort(byTimeOpenedFirst)
  let status: string | null = null
  let replied = false
  let next = 0
  const counts = { firstResponse: 0, resolution: 0 }
  for (let m = 0; m < now; m++) {
    for (; next < sorted.length && sorted[next].e.minute <= m; next++) {
      const { e } = sorted[next]
      if (status === null) {
        if (e.kind === 'opened') status = 'open'
      } else if (e.kind === 'replied') replied = true
      else status = e.kind === 'opened' ? 'open' : (e.status ?? status)
    }
    if (status === null || !open[m]) continue
    if (status === 'open') counts.resolution++
    if (!replied && status !== 'resolved' && status !== 'closed') counts.firstResponse++
  }
  return counts
}

describe('slaState against a minute-by-minute replay', () => {
  it('counts the same elapsed business minutes, whatever order the log comes in', () => {
    fc.assert(
      fc.property(log, fc.array(fc.double(), { minLength: 9, maxLength: 9 }), ({ opened, rest, now }, keys) => {
        const timed: Timed[] = [{ minute: opened, kind: 'opened' }, ...rest]
        const events = timed.map(toEvent)
        const expected = walk(timed, now)
        const state = slaState(events, policy, shanghai, iso(now))
        expect(state.firstResponse.elapsedMinutes).toBe(expected.firstResponse)
        expect(state.resolution.elapsedMinutes).toBe(expected.resolution)
        // Shuffling events with distinct times changes nothing.
        const distinct = new Set(timed.map((e) => e.minute)).size === timed.length
        if (distinct) {
          const shuffled = events
            .map((e, i) => ({ e, key: keys[i] }))
            .sort((a, b) => a.key - b.key)
            .map(({ e }) => e)
          expect(slaState(shuffled, policy, shanghai, iso(now))).toEqual(state)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('a paused or met clock never changes later, so it cannot breach while paused', () => {
    fc.assert(
      fc.property(log, fc.integer({ min: 1, max: 60 * 24 * 60 }), ({ opened, rest, now }, later) => {
        const events = [{ minute: opened, kind: 'opened' as const }, ...rest].map(toEvent)
        const past = events.filter((e) => Date.parse(e.at) <= START + now * 60_000)
        const then = slaState(past, policy, shanghai, iso(now))
        const afterwards = slaState(past, policy, shanghai, iso(now + later))
        for (const clock of ['firstResponse', 'resolution'] as const) {
          if (!then[clock].paused && then[clock].metAt === null) continue
          expect(afterwards[clock]).toEqual(then[clock])
        }
      }),
    )
  })
})

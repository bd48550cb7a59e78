import { describe, expect, it } from 'vitest'
import { slaState, type SlaPolicy, type TicketEvent } from '../../src-main/service/sla'
import { berlin, shanghai, utc } from './sla-support'

// Hand-worked clocks on `shanghai` (Mon–Fri 09:00–12:00, 13:30–18:00, +08:00).
// 2026-03-02 is a Monday, 03-06 a Friday, 03-09 the next Monday.
const policy: SlaPolicy = { firstResponseMinutes: 60, resolutionMinutes: 480 }
const opened = (at: string): TicketEvent => ({ at, kind: 'opened' })
const replied = (at: string): TicketEvent => ({ at, kind: 'replied' })
const status = (at: string, s: 'open' | 'pending' | 'resolved' | 'closed'): TicketEvent => ({ at, kind: 'status', status: s })
const state = (events: TicketEvent[], now: string, p = policy) => slaState(events, p, shanghai, now)

describe('first-response clock', () => {
  it('is met in time by the first reply', () => {
    // Opened Mon 09:00, replied 09:40: 40 of 60 used; later replies change nothing.
    const { firstResponse } = state(
      [opened('2026-03-02T09:00+08:00'), replied('2026-03-02T09:40+08:00'), replied('2026-03-02T10:30+08:00')],
      '2026-03-02T15:00+08:00',
    )
    expect(firstResponse).toEqual({
      elapsedMinutes: 40,
      remainingMinutes: 20,
      dueAt: null,
      metAt: utc('2026-03-02T09:40+08:00'),
      breached: false,
      paused: false,
    })
  })

  it('is breached by a late reply, counted across lunch', () => {
    // Opened 11:30, replied 14:10: 11:30–12:00 (30) + 13:30–14:10 (40) = 70 > 60.
    const { firstResponse } = state(
      [opened('2026-03-02T11:30+08:00'), replied('2026-03-02T14:10+08:00')],
      '2026-03-02T15:00+08:00',
    )
    expect(firstResponse).toMatchObject({
      elapsedMinutes: 70,
      remainingMinutes: -10,
      breached: true,
      metAt: utc('2026-03-02T14:10+08:00'),
    })
  })

  it('is not breached at exactly the target', () => {
    // Opened 11:30, replied 14:00: 30 + 30 = 60, and breached means elapsed > target.
    const { firstResponse } = state(
      [opened('2026-03-02T11:30+08:00'), replied('2026-03-02T14:00+08:00')],
      '2026-03-02T15:00+08:00',
    )
    expect(firstResponse).toMatchObject({ elapsedMinutes: 60, remainingMinutes: 0, breached: false })
  })

  it('runs over the weekend only in business time and shows when it will breach', () => {
    // Opened Fri 17:30: 30 used by 18:00, nothing on Saturday; the other 30 end Mon 09:30.
    const { firstResponse } = state([opened('2026-03-06T17:30+08:00')], '2026-03-07T12:00+08:00')
    expect(firstResponse).toEqual({
      elapsedMinutes: 30,
      remainingMinutes: 30,
      dueAt: utc('2026-03-09T09:30+08:00'),
      metAt: null,
      breached: false,
      paused: false,
    })
  })

  it('once overdue and still running, dueAt is the past instant it went over', () => {
    // Opened Mon 09:00, no reply by 11:00: 120 used, 60 over; it went over at 10:00.
    const { firstResponse } = state([opened('2026-03-02T09:00+08:00')], '2026-03-02T11:00+08:00')
    expect(firstResponse).toMatchObject({
      elapsedMinutes: 120,
      remainingMinutes: -60,
      breached: true,
      dueAt: utc('2026-03-02T10:00+08:00'),
    })
  })

  it('freezes when the ticket is resolved without a reply', () => {
    // Opened 09:00, resolved 09:20 with no reply: 20 used, then nobody waits; a day later still 20.
    const { firstResponse } = state(
      [opened('2026-03-02T09:00+08:00'), status('2026-03-02T09:20+08:00', 'resolved')],
      '2026-03-03T17:00+08:00',
    )
    expect(firstResponse).toEqual({
      elapsedMinutes: 20,
      remainingMinutes: 40,
      dueAt: null,
      metAt: null,
      breached: false,
      paused: true,
    })
  })
})

describe('resolution clock', () => {
  it('pauses across a weekend while pending and resumes when the customer answers', () => {
    // Opened Fri 16:00, pending at 17:00 (60 used). Customer answers Mon 10:00 (status open);
    // Fri 17:00–18:00 and Mon 09:00–10:00 are not counted. Now Mon 11:00: 60 + 60 = 120.
    // Due: 360 left from 11:00 = 11:00–12:00 (60) + 13:30–18:00 (270) + Tue 09:00–09:30 (30).
    const events = [
      opened('2026-03-06T16:00+08:00'),
      status('2026-03-06T17:00+08:00', 'pending'),
      status('2026-03-09T10:00+08:00', 'open'),
    ]
    expect(state(events, '2026-03-09T11:00+08:00').resolution).toEqual({
      elapsedMinutes: 120,
      remainingMinutes: 360,
      dueAt: utc('2026-03-10T09:30+08:00'),
      metAt: null,
      breached: false,
      paused: false,
    })
  })

  it('cannot breach while paused: pending freezes elapsed for weeks', () => {
    // Opened Mon 09:00, pending at 10:00 (60 used); three weeks later it is still 60 of 480.
    const events = [opened('2026-03-02T09:00+08:00'), status('2026-03-02T10:00+08:00', 'pending')]
    expect(state(events, '2026-03-23T17:00+08:00').resolution).toEqual({
      elapsedMinutes: 60,
      remainingMinutes: 420,
      dueAt: null,
      metAt: null,
      breached: false,
      paused: true,
    })
  })

  it('a reopen after resolution continues the old count', () => {
    // Mon 09:00–11:00 = 120, resolved (met at 11:00). Reopened Tue 09:00; now Tue 10:30: 120 + 90 = 210.
    // Due: 270 left from 10:30 = 10:30–12:00 (90) + 13:30–16:30 (180) → Tue 16:30.
    const events = [
      opened('2026-03-02T09:00+08:00'),
      status('2026-03-02T11:00+08:00', 'resolved'),
      status('2026-03-03T09:00+08:00', 'open'),
    ]
    expect(state(events, '2026-03-03T10:30+08:00').resolution).toEqual({
      elapsedMinutes: 210,
      remainingMinutes: 270,
      dueAt: utc('2026-03-03T16:30+08:00'),
      metAt: null,
      breached: false,
      paused: false,
    })
    // Resolved again Tue 11:00: 120 + 120 = 240, met at the second resolution; closing later keeps it.
    const again = [...events, status('2026-03-03T11:00+08:00', 'resolved'), status('2026-03-04T09:00+08:00', 'closed')]
    expect(state(again, '2026-03-05T12:00+08:00').resolution).toEqual({
      elapsedMinutes: 240,
      remainingMinutes: 240,
      dueAt: null,
      metAt: utc('2026-03-03T11:00+08:00'),
      breached: false,
      paused: false,
    })
  })

  it('excludes a pending span before resolution, and keeps a breach that happened while running', () => {
    // Target 30. Opened 09:00, pending 10:00 (60 used: went over at 09:30), resolved Tue 10:00.
    const tight = { firstResponseMinutes: 60, resolutionMinutes: 30 }
    const events = [opened('2026-03-02T09:00+08:00'), status('2026-03-02T10:00+08:00', 'pending')]
    const resolved = [...events, status('2026-03-03T10:00+08:00', 'resolved')]
    expect(state(resolved, '2026-03-04T10:00+08:00', tight).resolution).toEqual({
      elapsedMinutes: 60,
      remainingMinutes: -30,
      dueAt: null,
      metAt: utc('2026-03-03T10:00+08:00'),
      breached: true,
      paused: false,
    })
    // Reopened instead at 11:00; now 11:30: 60 + 30 = 90, and dueAt stays the 09:30 it went over.
    const reopened = [...events, status('2026-03-02T11:00+08:00', 'open')]
    expect(state(reopened, '2026-03-02T11:30+08:00', tight).resolution).toMatchObject({
      elapsedMinutes: 90,
      remainingMinutes: -60,
      dueAt: utc('2026-03-02T09:30+08:00'),
      breached: true,
      paused: false,
    })
  })

  it('in Berlin across the March change', () => {
    // Opened Fri 27 Mar 16:00 CET, target 120 on 09:00–17:00: 60 on Friday, due Mon 30 Mar 10:00 CEST.
    const twoHours = { firstResponseMinutes: 60, resolutionMinutes: 120 }
    const { resolution } = slaState([opened('2026-03-27T16:00+01:00')], twoHours, berlin, '2026-03-28T12:00+01:00')
    expect(resolution).toMatchObject({ elapsedMinutes: 60, dueAt: utc('2026-03-30T10:00+02:00') })
  })
})

describe('the event log', () => {
  it('is sorted by time, with opened first among equal times', () => {
    // Given out of order; the reply has the same instant as `opened` and is listed first:
    // first response is met after 0 minutes. Pending 10:00 (60 used), reopened 11:00; now 11:30 → 90.
    const events = [
      status('2026-03-02T11:00+08:00', 'open'),
      replied('2026-03-02T09:00+08:00'),
      status('2026-03-02T10:00+08:00', 'pending'),
      opened('2026-03-02T09:00+08:00'),
    ]
    const { firstResponse, resolution } = state(events, '2026-03-02T11:30+08:00')
    expect(firstResponse).toMatchObject({ elapsedMinutes: 0, metAt: utc('2026-03-02T09:00+08:00') })
    expect(resolution).toMatchObject({ elapsedMinutes: 90, paused: false })
  })

  it('keeps the log order for other events at equal times', () => {
    // At 10:00 'pending' then 'open' (log order) → still running: 09:00–11:00 = 120.
    // At 10:00 'open' then 'pending' → paused at 10:00: 60.
    const base = [opened('2026-03-02T09:00+08:00')]
    const a = [...base, status('2026-03-02T10:00+08:00', 'pending'), status('2026-03-02T10:00+08:00', 'open')]
    const b = [...base, status('2026-03-02T10:00+08:00', 'open'), status('2026-03-02T10:00+08:00', 'pending')]
    expect(state(a, '2026-03-02T11:00+08:00').resolution).toMatchObject({ elapsedMinutes: 120, paused: false })
    expect(state(b, '2026-03-02T11:00+08:00').resolution).toMatchObject({ elapsedMinutes: 60, paused: true })
  })

  it('ignores events after now, and nothing runs before the ticket is opened', () => {
    // Resolved at 12:00 but now is 10:00: the resolution clock still runs (60 used).
    const events = [opened('2026-03-02T09:00+08:00'), status('2026-03-02T12:00+08:00', 'resolved')]
    expect(state(events, '2026-03-02T10:00+08:00').resolution).toMatchObject({ elapsedMinutes: 60, metAt: null, paused: false })
    // Before 09:00 nothing has started: zero, not running, no due time.
    expect(state(events, '2026-03-02T08:00+08:00').resolution).toEqual({
      elapsedMinutes: 0,
      remainingMinutes: 480,
      dueAt: null,
      metAt: null,
      breached: false,
      paused: true,
    })
  })

  it('refuses a negative target and a malformed time', () => {
    const negative = { firstResponseMinutes: -5, resolutionMinutes: 60 }
    expect(() => slaState([], negative, shanghai, '2026-03-02T10:00Z')).toThrow(
      expect.objectContaining({ code: 'sla_bad_minutes' }),
    )
    expect(() => state([opened('yesterday')], '2026-03-02T10:00Z')).toThrow(expect.objectContaining({ code: 'sla_bad_time' }))
  })
})

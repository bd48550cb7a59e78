import { describe, expect, it } from 'vitest'
import { addCalendarDays, localDate, startOfLocalDay, tomorrowAt } from '../../src-main/tasks/local-time'
import { snoozeUntil, suggestNextFollowUp } from '../../src-main/tasks/next-follow-up'
import type { Task } from '../../src-shared/domain/task-types'

const iso = (ms: number): string => new Date(ms).toISOString()
const at = (s: string): number => Date.parse(s)

const task = (due: Task['due'], remindAt: string | null = null): Task => ({
  id: 1,
  title: '回电话',
  notes: '',
  due,
  remindAt,
  doneAt: null,
  customer: null,
  record: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})

describe('local days', () => {
  it('are the zone’s calendar days, at the extremes UTC+14 and UTC−12', () => {
    expect(localDate(at('2026-12-04T11:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-12-05')
    expect(localDate(at('2026-12-04T11:00:00Z'), 'Etc/GMT+12')).toBe('2026-12-03')
    expect(iso(startOfLocalDay('2026-12-05', 'Pacific/Kiritimati'))).toBe('2026-12-04T10:00:00.000Z')
    expect(iso(startOfLocalDay('2026-12-05', 'Etc/GMT+12'))).toBe('2026-12-05T12:00:00.000Z')
    expect(addCalendarDays('2026-02-26', 3)).toBe('2026-03-01')
    expect(addCalendarDays('2028-02-26', 3)).toBe('2028-02-29')
  })

  it('start after a daylight-saving gap at midnight (Santiago, where clocks skip 00:00–01:00)', () => {
    expect(iso(startOfLocalDay('2026-09-06', 'America/Santiago'))).toBe('2026-09-06T04:00:00.000Z')
  })
})

describe('snooze', () => {
  it('moves a reminder 10 minutes or an hour from now', () => {
    expect(iso(snoozeUntil('10m', at('2026-03-29T00:55:00Z'), 'Europe/Berlin'))).toBe('2026-03-29T01:05:00.000Z')
    expect(iso(snoozeUntil('1h', at('2026-03-29T00:30:00Z'), 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z')
  })

  it.each([
    // The night the clocks go forward: tomorrow 9:00 is CEST (UTC+2), though tonight is CET (UTC+1).
    ['Europe/Berlin', '2026-03-28T20:00:00Z', '2026-03-29T07:00:00.000Z'],
    // …and back: 9:00 CET after a 25-hour Sunday.
    ['Europe/Berlin', '2026-10-24T20:00:00Z', '2026-10-25T08:00:00.000Z'],
    ['America/New_York', '2026-03-08T03:00:00Z', '2026-03-08T13:00:00.000Z'],
    ['America/New_York', '2026-10-31T22:00:00Z', '2026-11-01T14:00:00.000Z'],
    ['Pacific/Kiritimati', '2026-12-04T20:00:00Z', '2026-12-05T19:00:00.000Z'],
    ['Etc/GMT+12', '2026-12-05T11:00:00Z', '2026-12-05T21:00:00.000Z'],
    // A minute before and after local midnight.
    ['Asia/Shanghai', '2026-12-05T15:59:00Z', '2026-12-06T01:00:00.000Z'],
    ['Asia/Shanghai', '2026-12-05T16:01:00Z', '2026-12-07T01:00:00.000Z'],
  ])('to tomorrow 9:00 in %s (now %s)', (zone, now, expected) => {
    expect(iso(snoozeUntil('tomorrow', at(now), zone))).toBe(expected)
    expect(iso(tomorrowAt(at(now), 9, zone))).toBe(expected)
  })
})

describe('the next follow-up suggested when a task is done', () => {
  it('is a week later at the same local time, across the spring and autumn changes', () => {
    // Wednesday 10:00 CET → the next Wednesday 10:00 CEST: 167 hours later, not 168.
    const spring = suggestNextFollowUp(
      task({ kind: 'time', at: '2026-03-25T09:00:00.000Z' }, '2026-03-25T08:45:00.000Z'),
      at('2026-03-25T09:30:00Z'),
      'Europe/Berlin',
    )
    expect(spring.due).toEqual({ kind: 'time', at: '2026-04-01T08:00:00.000Z' })
    expect(spring.remindAt).toBe('2026-04-01T07:45:00.000Z')
    const autumn = suggestNextFollowUp(
      task({ kind: 'time', at: '2026-10-28T14:00:00.000Z' }),
      at('2026-10-28T15:00:00Z'),
      'America/New_York',
    )
    expect(autumn.due).toEqual({ kind: 'time', at: '2026-11-04T15:00:00.000Z' }) // 10:00 EDT → 10:00 EST
  })

  it('counts from today when the task was done late, and keeps all-day tasks all day', () => {
    const late = suggestNextFollowUp(task({ kind: 'day', date: '2026-11-20' }), at('2026-12-04T11:00:00Z'), 'Pacific/Kiritimati')
    expect(late).toMatchObject({ title: '回电话', due: { kind: 'day', date: '2026-12-12' }, remindAt: null })
    const early = suggestNextFollowUp(
      task({ kind: 'day', date: '2026-12-10' }, '2026-12-10T01:00:00.000Z'),
      at('2026-12-05T02:00:00Z'),
      'Asia/Shanghai',
    )
    expect(early).toMatchObject({ due: { kind: 'day', date: '2026-12-17' }, remindAt: '2026-12-17T01:00:00.000Z' })
    const lateTimed = suggestNextFollowUp(
      task({ kind: 'time', at: '2026-12-01T12:00:00.000Z' }),
      at('2026-12-04T11:00:00Z'),
      'Etc/GMT+12',
    )
    // Due Dec 1 00:00 local, done Dec 3 local: Dec 10 00:00 local.
    expect(lateTimed.due).toEqual({ kind: 'time', at: '2026-12-10T12:00:00.000Z' })
  })
})

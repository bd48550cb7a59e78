import { describe, expect, it } from 'vitest'
import {
  addBusinessMinutes,
  businessMinutesBetween,
  defaultBusinessCalendar,
  type BusinessCalendar,
} from '../../src-main/service/sla'
import { berlin, shanghai, utc } from './sla-support'

// Every expected value below was worked out by hand from the calendar; the comment shows how.
// 2026: Mar 2 is a Monday, Mar 6 a Friday; Asia/Shanghai is +08:00 all year.
const cn = defaultBusinessCalendar('Asia/Shanghai') // shanghai's hours + China's 2026 holidays and 调休

describe('addBusinessMinutes, worked by hand', () => {
  it.each<[string, BusinessCalendar, string, number, string]>([
    // 11:00–12:00 uses 60, lunch 12:00–13:30 is skipped, 13:30–14:30 uses the other 60.
    ['lunch break', shanghai, '2026-03-02T11:00+08:00', 120, '2026-03-02T14:30+08:00'],
    // 09:00–12:00 is exactly 180: the last minute ends at 12:00, not at the 13:30 reopening.
    ['last minute used at a closing time', shanghai, '2026-03-02T09:00+08:00', 180, '2026-03-02T12:00+08:00'],
    // A start exactly at 12:00 (closing) moves to 13:30; 13:30 + 30 = 14:00.
    ['start at closing time', shanghai, '2026-03-02T12:00+08:00', 30, '2026-03-02T14:00+08:00'],
    // 07:15 is before opening: counting starts at 09:00; 09:00 + 45 = 09:45.
    ['start before opening', shanghai, '2026-03-02T07:15+08:00', 45, '2026-03-02T09:45+08:00'],
    // Mon 17:00–18:00 uses 60; overnight is closed; Tue 09:00–10:00 uses 60.
    ['overnight', shanghai, '2026-03-02T17:00+08:00', 120, '2026-03-03T10:00+08:00'],
    // The example: Fri 16:30–18:00 = 90, weekend closed, Mon 09:00 + 30 = 09:30.
    ['Friday 16:30 + 120 (the issue)', shanghai, '2026-03-06T16:30+08:00', 120, '2026-03-09T09:30+08:00'],
    // README variants of that example: with the Friday closed, Mon 09:00 + 120 = 11:00; with the
    // Saturday worked (Monday's hours), Fri 90 + Sat 09:00 + 30 = Sat 09:30.
    [
      '… with the Friday a holiday',
      { ...shanghai, holidays: ['2026-03-06'] },
      '2026-03-06T16:30+08:00',
      120,
      '2026-03-09T11:00+08:00',
    ],
    [
      '… with the Saturday a 调休 day',
      { ...shanghai, workdays: ['2026-03-07'] },
      '2026-03-06T16:30+08:00',
      120,
      '2026-03-07T09:30+08:00',
    ],
    // Saturday is closed: counting starts Monday 09:00; + 60 = 10:00.
    ['start on a weekend', shanghai, '2026-03-07T10:00+08:00', 60, '2026-03-09T10:00+08:00'],
    // 中秋 closes Fri 25 – Sun 27 Sep: Thu 24 17:00–18:00 = 60, Mon 28 09:00 + 60 = 10:00.
    ['holiday (中秋)', cn, '2026-09-24T17:00+08:00', 120, '2026-09-28T10:00+08:00'],
    // 国庆 closes 1–7 Oct: Wed 30 Sep 17:30–18:00 = 30, Thu 8 Oct 09:00 + 30 = 09:30.
    ['holiday week (国庆)', cn, '2026-09-30T17:30+08:00', 60, '2026-10-08T09:30+08:00'],
    // 调休: Sat 10 Oct is worked with Monday's hours. Fri 17:00–18:00 = 60, Sat 09:00 + 60 = 10:00.
    ['调休 Saturday', cn, '2026-10-09T17:00+08:00', 120, '2026-10-10T10:00+08:00'],
    // 调休 Sunday 20 Sep: Sat 19 is closed, so a Saturday start counts from Sun 09:00; + 30 = 09:30.
    ['调休 Sunday', cn, '2026-09-19T10:00+08:00', 30, '2026-09-20T09:30+08:00'],
    // 春节: Sat 14 Feb worked (17:30–18:00 = 30), 15–23 Feb closed, Tue 24 Feb 09:00 + 30 = 09:30.
    ['across 春节', cn, '2026-02-14T17:30+08:00', 60, '2026-02-24T09:30+08:00'],
    // Berlin, spring change on Sun 29 Mar: Fri 27 16:00–17:00 CET = 60, Mon 30 09:00 CEST + 60 = 10:00 CEST.
    ['Europe/Berlin across the March change', berlin, '2026-03-27T16:00+01:00', 120, '2026-03-30T10:00+02:00'],
    // Berlin, autumn change on Sun 25 Oct: Fri 23 16:00–17:00 CEST = 60, Mon 26 09:00 CET + 60 = 10:00 CET.
    ['Europe/Berlin across the October change', berlin, '2026-10-23T16:00+02:00', 120, '2026-10-26T10:00+01:00'],
    // 1.5 minutes from 11:59 = 11:59–12:00 (1), lunch, 13:30:00–13:30:30 (0.5).
    ['fractional minutes', shanghai, '2026-03-02T11:59+08:00', 1.5, '2026-03-02T13:30:30+08:00'],
  ])('%s', (_, calendar, start, minutes, expected) => {
    expect(addBusinessMinutes(start, minutes, calendar)).toBe(utc(expected))
  })

  it('adds 0 minutes as "the effective start": the start inside business time, else the next opening', () => {
    expect(addBusinessMinutes('2026-03-02T10:15+08:00', 0, shanghai)).toBe(utc('2026-03-02T10:15+08:00'))
    expect(addBusinessMinutes('2026-03-02T12:00+08:00', 0, shanghai)).toBe(utc('2026-03-02T13:30+08:00'))
    expect(addBusinessMinutes('2026-03-07T10:00+08:00', 0, shanghai)).toBe(utc('2026-03-09T09:00+08:00'))
  })

  it('refuses negative, infinite and NaN minutes', () => {
    for (const minutes of [-1, Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(() => addBusinessMinutes('2026-03-02T10:00Z', minutes, shanghai)).toThrow(
        expect.objectContaining({ code: 'sla_bad_minutes' }),
      )
    }
  })

  it('refuses a time without an offset or that does not exist', () => {
    for (const time of ['2026-03-02T10:00', '2026-02-30T10:00Z', '2026-03-02T24:00Z', 'Monday', '2026-03-02 10:00Z']) {
      expect(() => addBusinessMinutes(time, 10, shanghai)).toThrow(expect.objectContaining({ code: 'sla_bad_time' }))
    }
  })
})

describe('businessMinutesBetween, worked by hand', () => {
  it.each<[string, BusinessCalendar, string, string, number]>([
    // Fri 17:00–18:00 = 60, weekend closed, Mon 09:00–10:00 = 60.
    ['across a weekend', shanghai, '2026-03-06T17:00+08:00', '2026-03-09T10:00+08:00', 120],
    // Inside one interval, seconds count: 30 s = 0.5 minutes.
    ['seconds count', shanghai, '2026-03-02T09:00:00+08:00', '2026-03-02T09:00:30+08:00', 0.5],
    // 11:59:45–12:00 = 0.25, lunch closed, 13:30:00–13:30:15 = 0.25.
    ['fractional across lunch', shanghai, '2026-03-02T11:59:45+08:00', '2026-03-02T13:30:15+08:00', 0.5],
    // A whole weekday: 180 + 270 = 450.
    ['one full day', shanghai, '2026-03-02T00:00+08:00', '2026-03-03T00:00+08:00', 450],
    // 国庆 week: Wed 30 Sep 00:00 → Fri 9 Oct 00:00 counts Wed 30 and Thu 8 only: 2 × 450.
    ['holiday week', cn, '2026-09-30T00:00+08:00', '2026-10-09T00:00+08:00', 900],
    // The reverse order gives the negative.
    ['to before from', shanghai, '2026-03-09T10:00+08:00', '2026-03-06T17:00+08:00', -120],
  ])('%s', (_, calendar, from, to, expected) => {
    expect(businessMinutesBetween(from, to, calendar)).toBe(expected)
  })

  it('counts a 24-hour calendar in real minutes across both Berlin changes (23-hour and 25-hour days)', () => {
    const always: BusinessCalendar = {
      timeZone: 'Europe/Berlin',
      week: Array.from({ length: 7 }, () => [['00:00', '24:00']]),
      holidays: [],
      workdays: [],
    }
    // Sat 28 Mar 12:00 CET (11:00Z) → Sun 29 Mar 12:00 CEST (10:00Z): 23 hours = 1380 minutes.
    expect(businessMinutesBetween('2026-03-28T12:00+01:00', '2026-03-29T12:00+02:00', always)).toBe(1380)
    // Sat 24 Oct 12:00 CEST (10:00Z) → Sun 25 Oct 12:00 CET (11:00Z): 25 hours = 1500 minutes.
    expect(businessMinutesBetween('2026-10-24T12:00+02:00', '2026-10-25T12:00+01:00', always)).toBe(1500)
  })

  it('takes a boundary in the spring gap as the jump and one in the autumn overlap as its first occurrence', () => {
    const night: BusinessCalendar = {
      timeZone: 'Europe/Berlin',
      week: [[['02:30', '05:00']], [], [], [], [], [], []],
      holidays: [],
      workdays: [],
    }
    // 29 Mar: 02:30 never happens; the shop opens when clocks jump 02:00 CET → 03:00 CEST (01:00Z);
    // it closes 05:00 CEST (03:00Z): 120 minutes.
    expect(businessMinutesBetween('2026-03-28T12:00Z', '2026-03-29T12:00Z', night)).toBe(120)
    // 25 Oct: 02:30 happens twice; the first is 02:30 CEST (00:30Z); closes 05:00 CET (04:00Z): 210.
    expect(businessMinutesBetween('2026-10-24T12:00Z', '2026-10-25T12:00Z', night)).toBe(210)
    expect(addBusinessMinutes('2026-03-28T12:00Z', 0, night)).toBe('2026-03-29T01:00:00.000Z')
  })

  it('handles three intervals a day and a 24:00 close', () => {
    const shifts: BusinessCalendar = {
      timeZone: 'Asia/Shanghai',
      week: Array.from({ length: 7 }, () => [
        ['08:00', '10:00'],
        ['11:00', '13:00'],
        ['18:00', '24:00'],
      ]),
      holidays: [],
      workdays: [],
    }
    // 09:30–10:00 = 30, 11:00–13:00 = 120 (150), 18:00 + 90 = 19:30.
    expect(addBusinessMinutes('2026-03-02T09:30+08:00', 240, shifts)).toBe(utc('2026-03-02T19:30+08:00'))
    // 23:00–24:00 = 60, next day 08:00–09:00 = 60.
    expect(addBusinessMinutes('2026-03-02T23:00+08:00', 120, shifts)).toBe(utc('2026-03-03T09:00+08:00'))
    // One whole day: 120 + 120 + 360 = 600.
    expect(businessMinutesBetween('2026-03-02T00:00+08:00', '2026-03-03T00:00+08:00', shifts)).toBe(600)
  })
})

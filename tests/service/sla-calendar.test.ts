import { describe, expect, it } from 'vitest'
import { translate } from '../../src-shared/i18n'
import { AppError } from '../../src-shared/ipc/app-error'
import { CN_2026, CN_2026_HOLIDAYS, CN_2026_WORKDAYS } from '../../src-main/service/holidays-cn-2026'
import { compileCalendar, defaultBusinessCalendar, type BusinessCalendar } from '../../src-main/service/sla'
import { shanghai } from './sla-support'

const withWeek = (week: unknown[]): BusinessCalendar => ({ ...shanghai, week: week as BusinessCalendar['week'] })
const monday = (...intervals: Array<[string, string]>) => withWeek([[], intervals, [], [], [], [], []])

/** The AppError a bad calendar is refused with. */
function refusal(calendar: BusinessCalendar): AppError {
  try {
    compileCalendar(calendar)
  } catch (error) {
    if (error instanceof AppError) return error
    throw error
  }
  throw new Error('the calendar was accepted')
}

describe('a bad calendar is refused with an error naming the problem', () => {
  it.each<[string, BusinessCalendar, string, Record<string, unknown>]>([
    [
      'unknown time zone',
      { ...shanghai, timeZone: 'Mars/Olympus_Mons' },
      'sla_calendar_time_zone',
      { zone: 'Mars/Olympus_Mons' },
    ],
    ['empty time zone', { ...shanghai, timeZone: '' }, 'sla_calendar_time_zone', {}],
    ['a week of 6 days', withWeek([[], [], [], [], [], [['09:00', '17:00']]]), 'sla_calendar_week_length', { count: 6 }],
    ['an empty week', withWeek([[], [], [], [], [], [], []]), 'sla_calendar_empty_week', {}],
    ['25:00', monday(['09:00', '25:00']), 'sla_calendar_time', { value: '25:00', weekday: 1, index: 0 }],
    ['9:00 without the leading zero', monday(['9:00', '12:00']), 'sla_calendar_time', { value: '9:00' }],
    ['minutes over 59', monday(['09:60', '12:00']), 'sla_calendar_time', { value: '09:60' }],
    ['24:00 as an opening', monday(['24:00', '24:00']), 'sla_calendar_time', { value: '24:00' }],
    ['start equal to end', monday(['10:00', '10:00']), 'sla_calendar_interval_empty', { interval: '10:00–10:00', weekday: 1 }],
    ['start after end', monday(['18:00', '09:00']), 'sla_calendar_interval_empty', { interval: '18:00–09:00' }],
    [
      'overlapping intervals',
      monday(['09:00', '12:00'], ['11:30', '14:00']),
      'sla_calendar_intervals_overlap',
      { first: '09:00–12:00', second: '11:30–14:00', index: 1 },
    ],
    [
      'unsorted intervals',
      monday(['13:30', '18:00'], ['09:00', '12:00']),
      'sla_calendar_intervals_unsorted',
      { first: '13:30–18:00', second: '09:00–12:00' },
    ],
    ['a 31 February holiday', { ...shanghai, holidays: ['2026-02-31'] }, 'sla_calendar_holiday_date', { value: '2026-02-31' }],
    [
      'a holiday that is not a date',
      { ...shanghai, holidays: ['10/01/2026'] },
      'sla_calendar_holiday_date',
      { value: '10/01/2026' },
    ],
    ['a 13th-month make-up day', { ...shanghai, workdays: ['2026-13-01'] }, 'sla_calendar_workday_date', { value: '2026-13-01' }],
    [
      'a date both closed and worked',
      { ...shanghai, holidays: ['2026-10-10'], workdays: ['2026-10-10'] },
      'sla_calendar_date_conflict',
      { date: '2026-10-10' },
    ],
  ])('%s', (_, calendar, code, params) => {
    const error = refusal(calendar)
    expect(error.code).toBe(code)
    expect(error.params).toMatchObject(params)
  })

  it('has a translated message in both languages that shows the offending values', () => {
    const error = refusal(monday(['09:00', '12:00'], ['11:30', '14:00']))
    expect(translate('en', `errors.${error.code}`, error.params)).toContain('09:00–12:00 and 11:30–14:00')
    expect(translate('zh-CN', `errors.${error.code}`, error.params)).toContain('09:00–12:00 和 11:30–14:00')
  })

  it('accepts touching intervals, 24:00 as a close, and a week with one open day', () => {
    expect(() => compileCalendar(monday(['09:00', '12:00'], ['12:00', '24:00']))).not.toThrow()
  })

  it('caches the compiled calendar by identity and by content', () => {
    const calendar = defaultBusinessCalendar('Asia/Shanghai')
    expect(compileCalendar(calendar)).toBe(compileCalendar(calendar))
    // An equal calendar re-read as a new object reuses the work; a different one does not.
    expect(compileCalendar(structuredClone(calendar))).toBe(compileCalendar(calendar))
    expect(compileCalendar({ ...calendar, holidays: [] })).not.toBe(compileCalendar(calendar))
  })
})

describe("China's 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知)", () => {
  const weekday = (date: string): number => new Date(`${date}T00:00:00Z`).getUTCDay()

  it('has the notice’s periods: 3, 9, 3, 5, 3, 3 and 7 days', () => {
    expect(CN_2026.map((p) => [p.festival, p.closed.length])).toEqual([
      ['newYear', 3],
      ['springFestival', 9],
      ['qingming', 3],
      ['labourDay', 5],
      ['dragonBoat', 3],
      ['midAutumn', 3],
      ['nationalDay', 7],
    ])
    expect(CN_2026_HOLIDAYS).toHaveLength(33)
  })

  it('lists consecutive dates per period, starting on the weekdays the notice names', () => {
    // 元旦 Thu, 春节 Sun, 清明 Sat, 劳动节 Fri, 端午 Fri, 中秋 Fri, 国庆 Thu (0 = Sunday).
    expect(CN_2026.map((p) => weekday(p.closed[0]))).toEqual([4, 0, 6, 5, 5, 5, 4])
    for (const period of CN_2026) {
      period.closed.forEach((date, i) => expect(weekday(date)).toBe((weekday(period.closed[0]) + i) % 7))
    }
  })

  it('has the six make-up working days, each on a weekend', () => {
    expect(CN_2026_WORKDAYS).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'])
    expect(CN_2026_WORKDAYS.map(weekday)).toEqual([0, 6, 6, 6, 0, 6])
  })

  it('is the default calendar’s data, in the zone given or the computer’s', () => {
    const calendar = defaultBusinessCalendar('Asia/Shanghai')
    expect(calendar.holidays).toEqual(CN_2026_HOLIDAYS)
    expect(calendar.workdays).toEqual(CN_2026_WORKDAYS)
    expect(defaultBusinessCalendar().timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone)
    calendar.week[1][0][0] = '08:00' // each day is its own array: editing Monday leaves Tuesday alone
    expect(calendar.week[2][0][0]).toBe('09:00')
    expect(() => compileCalendar(calendar)).not.toThrow()
  })
})

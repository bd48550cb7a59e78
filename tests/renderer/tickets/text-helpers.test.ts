import { describe, expect, it } from 'vitest'
import { i18n } from '../../../src-renderer/src/lib/i18n'
import { businessDuration } from '../../../src-renderer/src/features/tickets/lib/durations'
import { fillCanned, slashQuery } from '../../../src-renderer/src/features/tickets/lib/fill-canned'
import {
  datesToText,
  intervalsToText,
  textToDates,
  textToIntervals,
} from '../../../src-renderer/src/features/tickets/lib/calendar-text'

describe('canned replies', () => {
  it('fills the variables the ticket has and leaves the others visible', () => {
    const body = '{customer}，您好：工单 {ticket}（订单 {order}）已处理。{unknown}'
    expect(fillCanned(body, { customer: '张三', order: 'SO-1001', ticket: 'TK0000007' })).toBe(
      '张三，您好：工单 TK0000007（订单 SO-1001）已处理。{unknown}',
    )
    expect(fillCanned('Order {order} for {customer}', { customer: null, order: null, ticket: 'TK1' })).toBe(
      'Order {order} for {customer}',
    )
  })

  it('finds the `/word` being typed at the caret, only at a word start', () => {
    expect(slashQuery('/Tha', 4)).toEqual({ start: 0, query: 'Tha' })
    expect(slashQuery('Hi /退', 5)).toEqual({ start: 3, query: '退' })
    expect(slashQuery('Hi /', 4)).toEqual({ start: 3, query: '' })
    expect(slashQuery('and/or', 6)).toBeNull()
    expect(slashQuery('/done then more', 15)).toBeNull()
  })
})

describe('business calendar text', () => {
  it('splits intervals and dates as typed, in either language’s punctuation, and writes them back', () => {
    expect(textToIntervals('09:00-12:00, 13:30 – 18:00')).toEqual([
      ['09:00', '12:00'],
      ['13:30', '18:00'],
    ])
    expect(textToIntervals('09:00至12:00，13:30-18:00')).toEqual([
      ['09:00', '12:00'],
      ['13:30', '18:00'],
    ])
    expect(textToIntervals('  ')).toEqual([])
    expect(
      intervalsToText([
        ['09:00', '12:00'],
        ['13:30', '18:00'],
      ]),
    ).toBe('09:00-12:00, 13:30-18:00')
    expect(textToDates('2026-10-01\n2026-10-02, 2026-10-03；2026-10-04')).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-10-03',
      '2026-10-04',
    ])
    expect(datesToText(['2026-01-01', '2026-02-17'])).toBe('2026-01-01\n2026-02-17')
  })
})

describe('business durations in words', () => {
  it('uses minutes, then hours and minutes, then days and hours', async () => {
    await i18n.changeLanguage('en')
    expect(businessDuration(i18n.t, 45)).toBe('45 min')
    expect(businessDuration(i18n.t, -200)).toBe('3 h 20 min')
    expect(businessDuration(i18n.t, 60 * 50)).toBe('2 d 2 h')
    await i18n.changeLanguage('zh-CN')
    expect(businessDuration(i18n.t, 90)).toBe('1 小时 30 分')
  })
})

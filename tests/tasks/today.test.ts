import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { todayTasks } from '../../src-main/tasks/today'
import type { TodayTasks } from '../../src-shared/domain/task-types'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { makeRecords, type Records } from './records'
import { call, createTask } from './support'

let backend: TestBackend
let records: Records
beforeEach(() => {
  backend = openTestBackend()
  records = makeRecords(backend.db)
})
afterEach(() => backend.close())

/** Titles per block, computed at `now` in `zone`. */
function blocks(
  nowIso: string,
  zone: string,
  limit = 50,
): Record<'today' | 'overdue' | 'dueToday' | 'upcoming', string | string[]> {
  const view = todayTasks(backend.db, { now: Date.parse(nowIso), timeZone: zone, limit, upcomingDays: 7 })
  const titles = (block: TodayTasks['overdue']): string[] => block.rows.map((t) => t.title)
  return { today: view.today, overdue: titles(view.overdue), dueToday: titles(view.dueToday), upcoming: titles(view.upcoming) }
}

describe('the Today view', () => {
  it('keeps an all-day task on its local day at UTC+14 and at UTC−12', async () => {
    await createTask(backend, { title: 'day 12-04', due: { kind: 'day', date: '2026-12-04' } })
    await createTask(backend, { title: 'day 12-05', due: { kind: 'day', date: '2026-12-05' } })
    await createTask(backend, { title: '10:00 at +14', due: { kind: 'time', at: '2026-12-05T10:00:00+14:00' } })
    await createTask(backend, { title: 'an hour ago', due: { kind: 'time', at: '2026-12-04T10:00:00Z' } })
    // One instant: 01:00 on Dec 5 on Kiritimati, 23:00 on Dec 3 twelve hours west of Greenwich.
    const now = '2026-12-04T11:00:00.000Z'
    expect(blocks(now, 'Pacific/Kiritimati')).toEqual({
      today: '2026-12-05',
      overdue: ['day 12-04', 'an hour ago'],
      dueToday: ['day 12-05', '10:00 at +14'],
      upcoming: [],
    })
    expect(blocks(now, 'Etc/GMT+12')).toEqual({
      today: '2026-12-03',
      overdue: ['an hour ago'],
      dueToday: [],
      upcoming: ['day 12-04', '10:00 at +14', 'day 12-05'],
    })
  })

  it('bounds the local day across daylight saving: 23 hours in spring (Berlin), 25 in autumn (New York)', async () => {
    await createTask(backend, { title: '23:30 CEST', due: { kind: 'time', at: '2026-03-29T21:30:00Z' } })
    await createTask(backend, { title: '00:30 next day', due: { kind: 'time', at: '2026-03-29T22:30:00Z' } })
    expect(blocks('2026-03-29T00:30:00Z', 'Europe/Berlin')).toMatchObject({
      today: '2026-03-29',
      dueToday: ['23:30 CEST'],
      upcoming: ['00:30 next day'],
    })
    await createTask(backend, { title: '23:30 EST', due: { kind: 'time', at: '2026-11-02T04:30:00Z' } })
    expect(blocks('2026-11-01T04:30:00Z', 'America/New_York')).toMatchObject({
      today: '2026-11-01',
      dueToday: ['23:30 EST'],
    })
  })

  it('looks seven local days ahead, counts beyond the limit, and leaves out done, deleted and trashed', async () => {
    for (let day = 6; day <= 14; day++) {
      await createTask(backend, { title: `day ${day}`, due: { kind: 'day', date: `2026-12-${String(day).padStart(2, '0')}` } })
    }
    const done = await createTask(backend, { title: 'done', due: { kind: 'day', date: '2026-12-07' } })
    await call(backend, 'tasks.setDone', { id: done.id, done: true })
    const deleted = await createTask(backend, { title: 'deleted', due: { kind: 'day', date: '2026-12-07' } })
    await call(backend, 'tasks.delete', { id: deleted.id })
    await createTask(backend, {
      title: 'trashed customer',
      due: { kind: 'day', date: '2026-12-07' },
      link: { kind: 'customer', id: records.customer },
    })
    await call(backend, 'customers.delete', { ids: [records.customer] })

    const view = todayTasks(backend.db, {
      now: Date.parse('2026-12-05T02:00:00Z'),
      timeZone: 'Asia/Shanghai',
      limit: 3,
      upcomingDays: 7,
    })
    expect(view.upcoming.rows.map((t) => t.title)).toEqual(['day 6', 'day 7', 'day 8'])
    expect(view.upcoming.total).toBe(7) // Dec 6 … Dec 12
    expect([view.overdue.total, view.dueToday.total]).toEqual([0, 0])
  })

  it('lists the open deals with no follow-up planned, on the deal or with its customer', async () => {
    const names = (view: TodayTasks): string[] => view.unplanned.rows.map((d) => d.title)
    const today = (): Promise<TodayTasks> => call<TodayTasks>(backend, 'tasks.today', {})
    expect(names(await today())).toEqual(['王芳的年货礼盒'])
    const onCustomer = await createTask(backend, {
      title: '问候',
      due: { kind: 'day', date: '2026-12-20' },
      link: { kind: 'customer', id: records.customer },
    })
    expect(names(await today())).toEqual([])
    await call(backend, 'tasks.setDone', { id: onCustomer.id, done: true })
    expect((await today()).unplanned).toMatchObject({ total: 1, rows: [{ customer: { name: '王芳' }, value: 880000 }] })
    await createTask(backend, {
      title: '报价',
      due: { kind: 'day', date: '2026-12-20' },
      link: { kind: 'deal', id: records.deal },
    })
    expect((await today()).unplanned.total).toBe(0)
  })
})

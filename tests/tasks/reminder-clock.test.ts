import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { TestClock } from '../../src-main/harness/test-clock'
import { LOOK_EVERY_MS, reminderClock } from '../../src-main/tasks/reminders/reminder-clock'
import { makeTempDir } from '../support/temp-dir'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { makeRecords } from './records'
import { call, createTask, manualClock, reminders } from './support'

const MINUTE = 60_000
let folder: ReturnType<typeof makeTempDir>
let open: TestBackend[]
beforeEach(() => {
  folder = makeTempDir('kehu-reminders-')
  open = []
})
afterEach(() => {
  for (const b of open) {
    b.ctx.services.get(reminderClock).close()
    b.close()
  }
  folder.cleanup()
})

/** A backend on the shared file with its reminder clock started, as the app does at boot. */
function start(clock: TestClock, osLocale: 'en' | 'zh-CN' = 'en'): TestBackend {
  const backend = openTestBackend({ dir: folder.dir, clock, osLocale })
  open.push(backend)
  backend.ctx.services.get(reminderClock).start()
  return backend
}
function stop(backend: TestBackend): void {
  open = open.filter((b) => b !== backend)
  backend.ctx.services.get(reminderClock).close()
  backend.close()
}
const deliveries = (backend: TestBackend) =>
  backend.db.prepare('SELECT task_id, remind_at, delivered_at, digest FROM task_reminder_deliveries ORDER BY id').all()

describe('the reminder clock', () => {
  it('fires a reminder once, at its time, with the customer and the due in the text', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    const app = start(clock)
    const { customer } = makeRecords(app.db)
    const task = await createTask(app, {
      title: '回电话确认报价',
      due: { kind: 'time', at: '2026-12-05T10:00:00+08:00' },
      remindAt: '2026-12-05T09:45:00+08:00',
      link: { kind: 'customer', id: customer },
    })
    clock.advance(44 * MINUTE)
    expect(reminders(app)).toEqual([])
    clock.advance(MINUTE)
    expect(reminders(app)).toEqual([
      { kind: 'reminder', title: '回电话确认报价', body: '王芳 · Due today at 10:00', taskIds: [task.id] },
    ])
    expect(deliveries(app)).toEqual([
      { task_id: task.id, remind_at: '2026-12-05T01:45:00.000Z', delivered_at: '2026-12-05T01:45:00.000Z', digest: 0 },
    ])
    clock.advance(3 * 60 * MINUTE)
    app.ctx.services.get(reminderClock).replan()
    expect(reminders(app)).toHaveLength(1)
  })

  it('never fires twice across restarts; what came due while closed arrives once, as one digest', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    let app = start(clock)
    const first = await createTask(app, {
      title: '寄样品',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T01:10:00Z',
    })
    const missed = [
      await createTask(app, { title: '跟进报价', due: { kind: 'day', date: '2026-12-05' }, remindAt: '2026-12-05T03:00:00Z' }),
      await createTask(app, { title: '确认地址', due: { kind: 'day', date: '2026-12-06' }, remindAt: '2026-12-05T04:00:00Z' }),
    ]
    clock.advance(10 * MINUTE)
    expect(reminders(app).map((r) => r.taskIds)).toEqual([[first.id]])
    stop(app)

    clock.sleep(5 * 60 * MINUTE) // Kehu is closed from 09:10 to 14:10 local time.
    app = start(clock)
    expect(reminders(app)).toEqual([
      {
        kind: 'digest',
        title: 'Reminders while Kehu was closed or asleep: 2',
        body: '跟进报价; 确认地址',
        taskIds: missed.map((t) => t.id),
      },
    ])
    stop(app)
    app = start(clock)
    clock.advance(LOOK_EVERY_MS * 3)
    expect(reminders(app)).toEqual([])
    expect(deliveries(app).map((d) => (d as { digest: number }).digest)).toEqual([0, 1, 1])
  })

  it('after a sleep, delivers what came due meanwhile as one digest — on wake, or at the first late look', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Europe/Berlin')
    const app = start(clock, 'zh-CN')
    const titles = ['一', '二', '三', '四', '五']
    const tasks = []
    for (const [i, title] of titles.entries()) {
      tasks.push(
        await createTask(app, {
          title,
          due: { kind: 'day', date: '2026-12-05' },
          remindAt: new Date(Date.parse('2026-12-05T02:00:00Z') + i * MINUTE).toISOString(),
        }),
      )
    }
    clock.sleep(2 * 60 * MINUTE) // the lid closes at 02:00 local and opens at 04:00; no timer ran
    clock.advance(LOOK_EVERY_MS) // the first look after the wake comes late: drift
    expect(reminders(app)).toEqual([
      { kind: 'digest', title: 'Kehu 关闭或休眠期间的提醒：5 个', body: '一、二、三 等 2 项', taskIds: tasks.map((t) => t.id) },
    ])
    const later = await createTask(app, {
      title: '六',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T03:30:00Z',
    })
    clock.sleep(60 * MINUTE)
    app.ctx.services.get(reminderClock).resumed() // Electron's powerMonitor 'resume'
    expect(reminders(app).at(-1)).toMatchObject({ kind: 'digest', title: '六', taskIds: [later.id] })
    expect(reminders(app)).toHaveLength(2)
  })

  it('fires again after a snooze, once, and not once the task is done', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    const app = start(clock)
    const task = await createTask(app, {
      title: '回电话',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T01:05:00Z',
    })
    clock.advance(5 * MINUTE)
    expect(reminders(app)).toHaveLength(1)
    await call(app, 'tasks.snooze', { id: task.id, preset: '10m' })
    clock.advance(9 * MINUTE)
    expect(reminders(app)).toHaveLength(1)
    clock.advance(MINUTE)
    expect(reminders(app)).toHaveLength(2)
    expect(reminders(app)[1]).toMatchObject({ kind: 'reminder', taskIds: [task.id] })
    await call(app, 'tasks.snooze', { id: task.id, preset: '1h' })
    await call(app, 'tasks.setDone', { id: task.id, done: true })
    clock.advance(2 * 60 * MINUTE)
    expect(reminders(app)).toHaveLength(2)
  })

  it('never fires twice when two backends share the file (the delivery record is in the file)', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    const a = start(clock)
    const b = start(clock)
    await createTask(a, { title: '回电话', due: { kind: 'day', date: '2026-12-05' }, remindAt: '2026-12-05T01:00:30Z' })
    b.ctx.services.get(reminderClock).replan()
    clock.advance(MINUTE)
    expect(reminders(a).length + reminders(b).length).toBe(1)
  })

  it('fires tomorrow-9:00 snoozes at 9:00 local across DST and at UTC+14 / UTC−12, naming the due by the local day', async () => {
    // The all-day date "2026-12-05" is "today" at Kiritimati from Dec 4 10:00 UTC and twelve
    // hours west of Greenwich until Dec 6 12:00 UTC: the same day, wherever the laptop is.
    for (const [zone, now, fires, due, body] of [
      ['Europe/Berlin', '2026-03-28T20:00:00Z', '2026-03-29T07:00:00.000Z', '2026-03-29', 'Due today'],
      ['America/New_York', '2026-10-31T22:00:00Z', '2026-11-01T14:00:00.000Z', '2026-11-02', 'Due 2026-11-02'],
      ['Pacific/Kiritimati', '2026-12-03T20:00:00Z', '2026-12-04T19:00:00.000Z', '2026-12-05', 'Due today'],
      ['Etc/GMT+12', '2026-12-05T11:00:00Z', '2026-12-05T21:00:00.000Z', '2026-12-05', 'Due today'],
      ['Etc/GMT+12', '2026-12-04T11:00:00Z', '2026-12-04T21:00:00.000Z', '2026-12-05', 'Due 2026-12-05'],
    ] as const) {
      const clock = manualClock(now, zone)
      const app = start(clock)
      const task = await createTask(app, { title: zone, due: { kind: 'day', date: due } })
      const snoozed = await call<{ remindAt: string }>(app, 'tasks.snooze', { id: task.id, preset: 'tomorrow' })
      expect(snoozed.remindAt).toBe(fires)
      clock.advance(Date.parse(fires) - clock.now() - 1)
      expect(reminders(app)).toEqual([])
      clock.advance(1)
      expect(reminders(app)).toEqual([{ kind: 'reminder', title: zone, body, taskIds: [task.id] }])
      stop(app)
      folder.cleanup()
      folder = makeTempDir('kehu-reminders-')
    }
  })

  it('does nothing until started, and nothing after close', async () => {
    const clock = manualClock('2026-12-05T01:00:00.000Z', 'Asia/Shanghai')
    const idle = openTestBackend({ dir: folder.dir, clock })
    open.push(idle)
    await createTask(idle, { title: '回电话', due: { kind: 'day', date: '2026-12-05' }, remindAt: '2026-12-05T01:01:00Z' })
    clock.advance(10 * MINUTE)
    expect(reminders(idle)).toEqual([])
    const clockService = idle.ctx.services.get(reminderClock)
    clockService.start()
    clockService.close()
    expect(reminders(idle)).toHaveLength(1)
    await createTask(idle, { title: '再打', due: { kind: 'day', date: '2026-12-05' }, remindAt: '2026-12-05T01:20:00Z' })
    clock.advance(20 * MINUTE)
    expect(reminders(idle)).toHaveLength(1)
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NextFollowUp, Task } from '../../src-shared/domain/task-types'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { makeRecords, type Records } from './records'
import { call, createTask, manualClock } from './support'

let backend: TestBackend
let records: Records
beforeEach(() => {
  backend = openTestBackend({ clock: manualClock('2026-12-05T02:00:00.000Z', 'Asia/Shanghai') })
  records = makeRecords(backend.db)
})
afterEach(() => backend.close())

const count = (table: string): number => backend.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
const audit = (): { entity: string; entity_id: number; action: string }[] =>
  backend.db.prepare('SELECT entity, entity_id, action FROM audit_log ORDER BY id').all() as never
const row = (id: number) => backend.db.prepare('SELECT * FROM tasks WHERE id = ?').get(id) as Record<string, unknown>

describe('tasks.create', () => {
  it('puts a task on a customer, deal, order or ticket, with the record’s customer', async () => {
    for (const kind of ['customer', 'deal', 'order', 'ticket'] as const) {
      const task = await createTask(backend, {
        title: `跟进 ${kind}`,
        due: { kind: 'day', date: '2026-12-08' },
        link: { kind, id: records[kind] },
      })
      expect(task.customer).toEqual({ id: records.customer, name: '王芳' })
      expect(task.record?.kind ?? 'customer').toBe(kind)
      const list = await call<{ open: Task[] }>(backend, 'tasks.list', { link: { kind, id: records[kind] } })
      expect(list.open.map((t) => t.id)).toContain(task.id)
    }
    expect(
      (await call<{ open: Task[] }>(backend, 'tasks.list', { link: { kind: 'customer', id: records.customer } })).open,
    ).toHaveLength(4)
    const labels = (
      await call<{ open: Task[] }>(backend, 'tasks.list', { link: { kind: 'customer', id: records.customer } })
    ).open.map((t) => t.record?.label ?? null)
    expect(labels).toEqual([null, '王芳的年货礼盒', `SO-${records.customer}`, `T-${records.customer} 包装破损`])
    expect(
      audit()
        .filter((a) => a.entity === 'task')
        .map((a) => a.action),
    ).toEqual(['create', 'create', 'create', 'create'])
    expect(backend.events.filter((e) => e.event === 'data.changed').at(-1)?.payload).toEqual({ entities: ['tasks'] })
  })

  it('keeps an all-day due as the local date and a timed due as a UTC instant', async () => {
    const day = await createTask(backend, { title: '寄样品', due: { kind: 'day', date: '2026-12-05' } })
    const timed = await createTask(backend, {
      title: '回电话',
      due: { kind: 'time', at: '2026-12-05T15:30:00+08:00' },
      remindAt: '2026-12-05T15:00:00+08:00',
    })
    expect(row(day.id)).toMatchObject({ due_date: '2026-12-05', due_at: null, customer_id: null })
    expect(row(timed.id)).toMatchObject({
      due_date: null,
      due_at: '2026-12-05T07:30:00.000Z',
      remind_at: '2026-12-05T07:00:00.000Z',
    })
    expect(day.due).toEqual({ kind: 'day', date: '2026-12-05' })
    expect(day.record).toBeNull()
  })

  it.each([
    ['en', { due: { kind: 'day', date: '99999-12-05' } }, 'due.date', 'Enter a real date between the years 1900 and 2199.'],
    ['zh-CN', { due: { kind: 'day', date: '2026-02-30' } }, 'due.date', '请输入 1900 年至 2199 年之间的真实日期。'],
    [
      'en',
      { due: { kind: 'time', at: '+099999-12-05T10:00:00Z' } },
      'due.at',
      'Enter a real date and time between the years 1900 and 2199.',
    ],
    [
      'zh-CN',
      { due: { kind: 'day', date: '2026-12-05' }, remindAt: '99999-01-01T00:00:00Z' },
      'remindAt',
      '请输入 1900 年至 2199 年之间的真实提醒时间，或留空。',
    ],
  ] as const)(
    'refuses a bad date in %s with a translated message and writes nothing (%j)',
    async (locale, fields, path, message) => {
      await call(backend, 'settings.set', { locale })
      const before = [count('tasks'), count('audit_log')]
      const result = await backend.dispatch('tasks.create', { title: '跟进', ...fields })
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('validation')
      expect(result.error.issues).toContainEqual({ path, message })
      expect([count('tasks'), count('audit_log')]).toEqual(before)
    },
  )

  it('refuses a record in the Trash, and writes nothing', async () => {
    backend.db.prepare(`UPDATE deals SET deleted_at = '2026-12-01T00:00:00.000Z' WHERE id = ?`).run(records.deal)
    const result = await backend.dispatch('tasks.create', {
      title: '跟进',
      due: { kind: 'day', date: '2026-12-08' },
      link: { kind: 'deal', id: records.deal },
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'deal_not_found' } })
    for (const kind of ['order', 'ticket'] as const) {
      const missing = await backend.dispatch('tasks.create', {
        title: 'x',
        due: { kind: 'day', date: '2026-12-08' },
        link: { kind, id: 999 },
      })
      expect(missing).toMatchObject({ ok: false, error: { code: `${kind}_not_found` } })
    }
    expect(count('tasks')).toBe(0)
  })
})

describe('tasks.update', () => {
  it('edits the version it was opened on, refuses a stale edit, and undoes by writing the old values back', async () => {
    const task = await createTask(backend, { title: '回电话', due: { kind: 'day', date: '2026-12-08' } })
    const edited = await call<Task>(backend, 'tasks.update', {
      id: task.id,
      expectedUpdatedAt: task.updatedAt,
      patch: {
        title: '回电话确认报价',
        due: { kind: 'time', at: '2026-12-08T10:00:00+08:00' },
        remindAt: '2026-12-08T09:30:00+08:00',
      },
    })
    expect(edited).toMatchObject({ title: '回电话确认报价', due: { kind: 'time', at: '2026-12-08T02:00:00.000Z' } })
    expect(row(task.id)).toMatchObject({ due_date: null, due_at: '2026-12-08T02:00:00.000Z' })
    expect(edited.updatedAt > task.updatedAt).toBe(true)

    // A second window still holds the first version: its edit is refused and changes nothing.
    await call(backend, 'settings.set', { locale: 'zh-CN' })
    const auditRows = count('audit_log')
    const stale = await backend.dispatch('tasks.update', {
      id: task.id,
      expectedUpdatedAt: task.updatedAt,
      patch: { title: '别的' },
    })
    expect(stale).toMatchObject({
      ok: false,
      error: { code: 'stale_edit', message: '此记录在您打开后已被更改。未保存任何内容：请查看最新内容后再试。' },
    })
    expect(row(task.id).title).toBe('回电话确认报价')
    expect(count('audit_log')).toBe(auditRows)

    const undone = await call<Task>(backend, 'tasks.update', {
      id: task.id,
      expectedUpdatedAt: edited.updatedAt,
      patch: { title: task.title, due: task.due, remindAt: null },
    })
    expect(undone).toMatchObject({ title: '回电话', due: { kind: 'day', date: '2026-12-08' }, remindAt: null })
    expect(
      audit()
        .filter((a) => a.entity === 'task')
        .map((a) => a.action),
    ).toEqual(['create', 'update', 'update'])
  })
})

describe('tasks.setDone, delete, restore, snooze', () => {
  it('marks done with a suggested next follow-up a week later, and undoes it', async () => {
    const task = await createTask(backend, {
      title: '回电话',
      due: { kind: 'day', date: '2026-12-05' },
      link: { kind: 'deal', id: records.deal },
    })
    const done = await call<{ task: Task; next: NextFollowUp }>(backend, 'tasks.setDone', { id: task.id, done: true })
    expect(done.task.doneAt).not.toBeNull()
    expect(done.next).toEqual({ title: '回电话', due: { kind: 'day', date: '2026-12-12' }, remindAt: null })
    const again = await call<{ task: Task }>(backend, 'tasks.setDone', { id: task.id, done: true })
    expect(again.task.doneAt).toBe(done.task.doneAt)
    const list = await call<{ open: Task[]; done: Task[]; doneTotal: number }>(backend, 'tasks.list', {
      link: { kind: 'deal', id: records.deal },
    })
    expect([list.open.length, list.doneTotal, list.done[0].id]).toEqual([0, 1, task.id])

    const reopened = await call<{ task: Task; next: null }>(backend, 'tasks.setDone', { id: task.id, done: false })
    expect(reopened).toMatchObject({ task: { doneAt: null }, next: null })
    expect(
      audit()
        .filter((a) => a.entity === 'task')
        .map((a) => a.action),
    ).toEqual(['create', 'update', 'update'])
  })

  it('deletes to the trash and restores (undo), each in the audit log', async () => {
    const task = await createTask(backend, {
      title: '寄样品',
      due: { kind: 'day', date: '2026-12-06' },
      link: { kind: 'customer', id: records.customer },
    })
    await call(backend, 'tasks.delete', { id: task.id })
    expect(await backend.dispatch('tasks.get', { id: task.id })).toMatchObject({ ok: false, error: { code: 'task_not_found' } })
    expect(
      (await call<{ open: Task[] }>(backend, 'tasks.list', { link: { kind: 'customer', id: records.customer } })).open,
    ).toEqual([])
    expect(
      await backend.dispatch('tasks.update', { id: task.id, expectedUpdatedAt: task.updatedAt, patch: { title: 'x' } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'task_not_found' },
    })
    const restored = await call<Task>(backend, 'tasks.restore', { id: task.id })
    expect(restored.title).toBe('寄样品')
    expect(await backend.dispatch('tasks.restore', { id: task.id })).toMatchObject({
      ok: false,
      error: { code: 'task_not_found' },
    })
    expect(
      audit()
        .filter((a) => a.entity === 'task')
        .map((a) => a.action),
    ).toEqual(['create', 'delete', 'restore'])
  })

  it('snoozes by 10 minutes, an hour, or to tomorrow 9:00 local time', async () => {
    const task = await createTask(backend, {
      title: '回电话',
      due: { kind: 'day', date: '2026-12-05' },
      remindAt: '2026-12-05T02:00:00Z',
    })
    const snooze = async (preset: string) => (await call<Task>(backend, 'tasks.snooze', { id: task.id, preset })).remindAt
    expect(await snooze('10m')).toBe('2026-12-05T02:10:00.000Z')
    expect(await snooze('1h')).toBe('2026-12-05T03:00:00.000Z')
    expect(await snooze('tomorrow')).toBe('2026-12-06T01:00:00.000Z') // 09:00 in Shanghai
    expect(await backend.dispatch('tasks.snooze', { id: task.id, preset: '2h' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
  })
})

describe('activities.add with a follow-up', () => {
  const logCall = (followUp?: object) =>
    backend.dispatch('activities.add', { customerId: records.customer, kind: 'call', body: '问了报价', followUp })

  it('logs the call and plans the next follow-up on the customer in one step', async () => {
    const result = await logCall({ title: '跟进报价', due: { kind: 'day', date: '2026-12-12' } })
    expect(result.ok).toBe(true)
    const list = await call<{ open: Task[] }>(backend, 'tasks.list', { link: { kind: 'customer', id: records.customer } })
    expect(list.open.map((t) => [t.title, t.due])).toEqual([['跟进报价', { kind: 'day', date: '2026-12-12' }]])
    expect(
      audit()
        .slice(-2)
        .map((a) => [a.entity, a.action]),
    ).toEqual([
      ['activity', 'create'],
      ['task', 'create'],
    ])
  })

  it('commits neither the call nor the task when the task cannot be written', async () => {
    backend.db.exec(`CREATE TEMP TRIGGER refuse_tasks BEFORE INSERT ON tasks BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    const before = [count('activities'), count('tasks'), count('audit_log')]
    expect(await logCall({ title: '跟进报价', due: { kind: 'day', date: '2026-12-12' } })).toMatchObject({ ok: false })
    expect([count('activities'), count('tasks'), count('audit_log')]).toEqual(before)
    expect(await logCall({ title: '跟进', due: { kind: 'day', date: '99999-01-01' } })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    })
    expect([count('activities'), count('tasks'), count('audit_log')]).toEqual(before)
  })
})

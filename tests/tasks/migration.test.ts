import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { bundledMigrations, openDatabase } from '../../src-main/db'
import { makeTempDir } from '../support/temp-dir'

let tmp: ReturnType<typeof makeTempDir>
beforeEach(() => {
  tmp = makeTempDir()
})
afterEach(() => tmp.cleanup())

const tasksMigration = bundledMigrations().find((m) => m.name === 'sales_tasks_reminders')!

describe('the tasks migration', () => {
  it('keeps every existing task, its ids, uids and times, as a timed task', () => {
    const file = join(tmp.dir, 'kehu.sqlite')
    const before = bundledMigrations().filter((m) => m.version < tasksMigration.version)
    const old = openDatabase(file, { create: true, migrations: before }).db
    old.exec(`INSERT INTO customers (id, name, sort_key) VALUES (1, '王芳', 'wangfang');
      INSERT INTO tasks (id, uid, title, notes, due_at, remind_at, done_at, customer_id, created_at, updated_at)
      VALUES (5, 'task-uid-5', '回访', '老客户', '2026-06-01T02:00:00.000Z', '2026-06-01T01:00:00.000Z', NULL, 1,
              '2026-05-20T02:00:00.000Z', '2026-05-21T02:00:00.000Z')`)
    old.close()

    const { db, applied } = openDatabase(file)
    expect(applied.map((m) => m.name)).toContain('sales_tasks_reminders')
    expect(db.prepare('SELECT * FROM tasks').all()).toEqual([
      {
        id: 5,
        uid: 'task-uid-5',
        title: '回访',
        notes: '老客户',
        due_at: '2026-06-01T02:00:00.000Z',
        due_date: null,
        remind_at: '2026-06-01T01:00:00.000Z',
        done_at: null,
        customer_id: 1,
        deal_id: null,
        order_id: null,
        ticket_id: null,
        created_at: '2026-05-20T02:00:00.000Z',
        updated_at: '2026-05-21T02:00:00.000Z',
        deleted_at: null,
      },
    ])
    const insert = (column: string, value: string) => () =>
      db.prepare(`INSERT INTO tasks (title, ${column}) VALUES ('x', ?)`).run(value)
    expect(insert('due_date', '2026-02-30')).toThrow(/CHECK constraint failed/)
    expect(insert('due_date', '26-12-05')).toThrow(/CHECK constraint failed/)
    expect(insert('due_at', '2026-12-05 10:00')).toThrow(/CHECK constraint failed/)
    db.exec(`INSERT INTO tasks (title, due_date) VALUES ('ok', '2026-12-05')`)
    expect(() =>
      db.exec(`INSERT INTO tasks (title, due_at, due_date) VALUES ('both', '2026-12-05T00:00:00Z', '2026-12-05')`),
    ).toThrow(/CHECK constraint failed/)
    db.exec(`INSERT INTO orders (id, number, ordered_at) VALUES (1, 'SO-1', '2026-12-01T00:00:00Z');
      INSERT INTO tickets (id, number, subject) VALUES (1, 'T-1', '破损')`)
    expect(() => db.exec(`INSERT INTO tasks (title, order_id, ticket_id) VALUES ('two records', 1, 1)`)).toThrow(
      /CHECK constraint failed/,
    )
    db.exec(
      `INSERT INTO task_reminder_deliveries (task_id, remind_at, delivered_at) VALUES (5, '2026-06-01T01:00:00.000Z', '2026-06-01T01:00:00.000Z')`,
    )
    expect(() =>
      db.exec(
        `INSERT INTO task_reminder_deliveries (task_id, remind_at, delivered_at) VALUES (5, '2026-06-01T01:00:00.000Z', '2026-06-01T01:00:05.000Z')`,
      ),
    ).toThrow(/UNIQUE constraint failed/)
    expect(db.pragma('foreign_key_check')).toEqual([])
    db.close()
  })
})

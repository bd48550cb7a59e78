import { describe, expect, it } from 'vitest'
import { insertCustomer } from '../../src-main/customers/write'
import { insertTask } from '../../src-main/tasks/write'
import { useFreshDatabase } from '../support/fresh-database'

describe('tasks/write', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db

  it('inserts a task with its due, reminder and done times, linked to a customer', () => {
    const customer = insertCustomer(db(), { name: '王芳' })
    const id = insertTask(
      db(),
      {
        title: '回访：新豆子口味',
        dueAt: '2026-06-01T02:00:00.000Z',
        remindAt: '2026-06-01T01:00:00.000Z',
        customerId: customer,
      },
      { uid: 'task-uid-1', createdAt: '2026-05-20T02:00:00.000Z', updatedAt: '2026-05-20T02:00:00.000Z' },
    )
    expect(
      db().prepare('SELECT title, notes, due_at, remind_at, done_at, customer_id, deal_id, uid FROM tasks WHERE id = ?').get(id),
    ).toEqual({
      title: '回访：新豆子口味',
      notes: '',
      due_at: '2026-06-01T02:00:00.000Z',
      remind_at: '2026-06-01T01:00:00.000Z',
      done_at: null,
      customer_id: customer,
      deal_id: null,
      uid: 'task-uid-1',
    })
    expect(() => insertTask(db(), { title: '  ' })).toThrow(/CHECK constraint failed/)
  })
})

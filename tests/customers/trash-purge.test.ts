import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { holdReadOnly } from '../../src-main/db/one-writer'
import { purgeExpired } from '../../src-main/customers/purge'
import { trashKeeper } from '../../src-main/customers/trash-keeper'
import { journalRows } from '../../src-main/csv/export/orders'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, insertOrder } from './helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const trashNames = async (): Promise<string[]> =>
  (await call(backend, 'customers.trash', { offset: 0, limit: 100 })).rows.map((r) => r.name)
const exists = (id: number): boolean => backend.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined
/** The accountant's sales journal as the export reads it: every order's date, number, amounts. */
const journal = (): unknown[] => [...journalRows(backend.db, undefined)].map((row) => [row[0], row[1], ...row.slice(3)])

async function customerWithHistory(name: string): Promise<{ id: number; orders: number[] }> {
  const id = (await call(backend, 'customers.create', { name, phone: '13800138000' })).customer.id
  const orders = [
    insertOrder(backend.db, id, 12_000, '2026-01-05T02:00:00.000Z'),
    insertOrder(backend.db, id, 8_000, '2026-02-05T02:00:00.000Z'),
  ]
  await call(backend, 'activities.add', { customerId: id, kind: 'call', body: '回访' })
  await call(backend, 'customers.tag', { ids: [id], tagName: 'VIP' })
  return { id, orders }
}

describe('deleting for good, with an Undo window', () => {
  it('takes the customer out of the Trash at once, brings it back on Undo, deletes it on confirm', async () => {
    const ann = await customerWithHistory('Ann')
    await call(backend, 'customers.delete', { ids: [ann.id] })
    const books = journal()
    expect(await trashNames()).toEqual(['Ann'])

    const first = await call(backend, 'customers.purge', { ids: [ann.id] })
    expect(first.count).toBe(1)
    expect(await trashNames()).toEqual([])
    expect(exists(ann.id)).toBe(true)
    expect(await call(backend, 'customers.cancelPurge', { batch: first.batch })).toEqual({ count: 1 })
    expect(await trashNames()).toEqual(['Ann'])
    expect(await call(backend, 'customers.confirmPurge', { batch: first.batch })).toEqual({ count: 0 })
    expect(exists(ann.id)).toBe(true)

    const second = await call(backend, 'customers.purge', { ids: [ann.id] })
    expect(await call(backend, 'customers.confirmPurge', { batch: second.batch })).toEqual({ count: 1 })
    expect(exists(ann.id)).toBe(false)
    // The books are unchanged: the orders stay, as sales without a customer.
    const orders = backend.db.prepare('SELECT id, customer_id, total FROM orders ORDER BY id').all()
    expect(orders).toEqual(ann.orders.map((id, i) => ({ id, customer_id: null, total: [12_000, 8_000][i] })))
    expect(journal()).toEqual(books)
    expect(backend.db.prepare('SELECT count(*) FROM activities').pluck().get()).toBe(0)
    expect(backend.db.prepare('SELECT count(*) FROM customer_tags').pluck().get()).toBe(0)
    const audit = backend.db
      .prepare(`SELECT entity_id, after FROM audit_log WHERE action = 'delete' ORDER BY id DESC LIMIT 1`)
      .get()
    expect(audit).toEqual({ entity_id: ann.id, after: JSON.stringify({ purged: true, reason: 'trash' }) })
  })

  it('deletes only from the Trash: a live customer is never touched', async () => {
    const live = await customerWithHistory('Live')
    const { count, batch } = await call(backend, 'customers.purge', { ids: [live.id] })
    expect(count).toBe(0)
    await call(backend, 'customers.confirmPurge', { batch })
    expect(exists(live.id)).toBe(true)
  })

  it('empties the whole Trash, merged customers included, and the shells merged into a deleted one', async () => {
    const a = (await call(backend, 'customers.create', { name: 'A' })).customer.id
    const b = (await call(backend, 'customers.create', { name: 'B' })).customer.id
    const c = (await call(backend, 'customers.create', { name: 'C' })).customer.id
    const live = (await call(backend, 'customers.create', { name: 'Live' })).customer.id
    await call(backend, 'customers.merge', { keepId: a, mergeId: b })
    await call(backend, 'customers.delete', { ids: [a, c] })
    expect((await trashNames()).sort()).toEqual(['A', 'B', 'C'])
    const { batch, count } = await call(backend, 'customers.purge', { all: true })
    expect(count).toBe(3)
    await call(backend, 'customers.confirmPurge', { batch })
    expect([a, b, c, live].map(exists)).toEqual([false, false, false, true])
    expect(backend.db.prepare('SELECT count(*) FROM customer_merges').pluck().get()).toBe(0)
    expect(backend.db.pragma('foreign_key_check')).toEqual([])
  })

  it('finishes pending deletes when the backend closes and when it starts after a crash', async () => {
    const ann = await customerWithHistory('Ann')
    const ben = await customerWithHistory('Ben')
    await call(backend, 'customers.delete', { ids: [ann.id, ben.id] })
    await call(backend, 'customers.purge', { ids: [ann.id] })
    // A start after a crash: the toast of that request is gone, so the delete goes ahead.
    expect(backend.ctx.services.get(trashKeeper).sweep(true)).toBe(1)
    expect(exists(ann.id)).toBe(false)
    await call(backend, 'customers.purge', { ids: [ben.id] })
    await backend.ctx.services.close()
    expect(exists(ben.id)).toBe(false)
  })

  it('closing with nothing pending tries no write: a file that refuses writes then logs nothing', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      backend.ctx.services.get(trashKeeper) // the app's boot makes it; a test backend only on request
      // A writing job still ending at close makes the main connection refuse writes.
      holdReadOnly(backend.db, 'writing-job')
      await backend.ctx.services.close()
      expect(errors).not.toHaveBeenCalled()
    } finally {
      errors.mockRestore()
    }
  })
})

describe('the retention period', () => {
  it('defaults to 30 days, is validated, audited, and purges what is older', async () => {
    expect(await call(backend, 'customers.retention', {})).toEqual({ days: 30 })
    for (const days of [0, 3651, 1.5, '30']) {
      const error = await callError(backend, 'customers.setRetention', { days })
      expect(error.code).toBe('validation')
    }
    expect(await call(backend, 'customers.setRetention', { days: 45 })).toEqual({ days: 45 })
    expect(await call(backend, 'customers.retention', {})).toEqual({ days: 45 })
    const audit = backend.db.prepare(`SELECT after FROM audit_log WHERE action = 'settings'`).pluck().all()
    expect(audit).toEqual([JSON.stringify({ trashRetentionDays: 45 })])

    const old = await customerWithHistory('Old')
    const recent = await customerWithHistory('Recent')
    await call(backend, 'customers.delete', { ids: [old.id, recent.id] })
    const now = new Date('2026-06-30T12:00:00.000Z')
    const setDeleted = backend.db.prepare('UPDATE customers SET deleted_at = ? WHERE id = ?')
    setDeleted.run('2026-05-15T11:00:00.000Z', old.id) // 46 days before
    setDeleted.run('2026-05-17T12:00:00.000Z', recent.id) // 44 days before
    expect(purgeExpired(backend.db, 45, now)).toBe(1)
    expect([exists(old.id), exists(recent.id)]).toEqual([false, true])
  })
})

import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deferSearchIndex } from '../../src-main/customers/deferred-search-index'
import { searchCustomers } from '../../src-main/customers/search'
import { insertCustomer, updateCustomer } from '../../src-main/customers/write'
import { writeTransaction } from '../../src-main/db/transaction'
import { openTestBackend, type TestBackend } from '../support/test-db'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const names = (query: string): string[] =>
  searchCustomers(backend.db, query, 20)
    .map((h) => h.name)
    .sort()

/** FTS5's own check that the index holds exactly what the content table says. */
const assertIndexMatchesTable = (): void => {
  backend.db.exec(`INSERT INTO customers_fts (customers_fts) VALUES ('integrity-check')`)
  const indexed = backend.db.prepare('SELECT count(*) FROM customers_fts').pluck().get()
  expect(indexed).toBe(backend.db.prepare('SELECT count(*) FROM customers').pluck().get())
}
const deferred = (): unknown => backend.db.prepare('SELECT count(*) FROM customers_fts_deferred').pluck().get()

describe('deferred customer search index', () => {
  it('indexes customers written during a bulk write, including rows updated and deleted in it', () => {
    const db = backend.db
    const before = insertCustomer(db, { name: '王老板', notes: '批发绿茶' })
    writeTransaction(db, () => {
      const index = deferSearchIndex(db)
      const ids = ['张三丰', '李小龙', '欧阳锋'].map((name) => insertCustomer(db, { name, phone: '138 0013 8000' }))
      updateCustomer(db, ids[1], { name: '李连杰', notes: '喜欢普洱茶' })
      db.prepare('DELETE FROM customers WHERE id = ?').run(ids[2])
      // An older customer keeps its trigger maintenance while the deferral is open.
      updateCustomer(db, before, { notes: '批发红茶' })
      expect(names('张三丰')).toEqual([]) // not yet indexed
      index.finish()
    })
    expect(deferred()).toBe(0)
    assertIndexMatchesTable()
    expect(names('张三丰')).toEqual(['张三丰'])
    expect(names('普洱茶')).toEqual(['李连杰'])
    expect(names('李小龙')).toEqual([])
    expect(names('欧阳锋')).toEqual([])
    expect(names('批发红茶')).toEqual(['王老板'])
    expect(names('批发绿茶')).toEqual([])
    expect(names('0013')).toEqual(['张三丰', '李连杰'])
  })

  it('leaves nothing behind when the transaction rolls back', () => {
    const db = backend.db
    expect(() =>
      writeTransaction(db, () => {
        deferSearchIndex(db)
        insertCustomer(db, { name: '回滚客户' })
        throw new Error('cancelled')
      }),
    ).toThrow('cancelled')
    expect(deferred()).toBe(0)
    insertCustomer(db, { name: '之后的客户' })
    assertIndexMatchesTable()
    expect(names('之后的客户')).toEqual(['之后的客户'])
  })

  it('lets an outer deferral index rows written by an inner one', () => {
    const db = backend.db
    writeTransaction(db, () => {
      const outer = deferSearchIndex(db)
      const inner = deferSearchIndex(db)
      insertCustomer(db, { name: '内层客户' })
      inner.finish()
      expect(deferred()).toBe(1)
      outer.finish()
    })
    assertIndexMatchesTable()
    expect(names('内层客户')).toEqual(['内层客户'])
  })

  it('refuses to start outside a transaction, where it would commit a hidden range', () => {
    expect(() => deferSearchIndex(backend.db)).toThrow(/inside a write transaction/)
    expect(deferred()).toBe(0)
  })
})

import { describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { findId, idFinder, insertRow, metaValues, prepared, rowInserter, updateRow } from '../../src-main/db/sql'
import { useFreshDatabase } from '../support/fresh-database'

const UID = /^[0-9a-f]{12}7[0-9a-f]{3}[89ab][0-9a-f]{15}$/
const STAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/

describe('db/sql helpers on a real data file', () => {
  const file = useFreshDatabase()
  const db = () => file.current.db
  const row = (table: string, id: number) =>
    db().prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown>

  it('prepared compiles a statement once per connection and SQL text', () => {
    const sql = 'SELECT count(*) FROM products'
    expect(prepared(db(), sql)).toBe(prepared(db(), sql))
    expect(prepared(db(), sql)).not.toBe(prepared(db(), `${sql} WHERE id > 0`))
    // Another connection to the same file gets its own statement: one cannot run another's.
    const other = openDatabase(file.current.file)
    try {
      const theirs = prepared(other.db, sql)
      expect(theirs).not.toBe(prepared(db(), sql))
      expect(theirs.pluck().get()).toBe(prepared(db(), sql).pluck().get())
    } finally {
      other.db.close()
    }
  })

  it('insertRow writes the given columns and leaves undefined ones to the SQL defaults', () => {
    const id = insertRow(db(), 'products', { sku: 'SQL-1', name: 'Beans', category: undefined, price: 1250, cost: null })
    const product = row('products', id)
    expect(product).toMatchObject({
      sku: 'SQL-1',
      name: 'Beans',
      category: null,
      price: 1250,
      cost: null,
      active: 1,
      deleted_at: null,
    })
    expect(product.uid).toMatch(UID)
    expect(product.created_at).toMatch(STAMP)
    expect(product.updated_at).toBe(product.created_at)
  })

  it('metaValues keeps a given uid and times instead of the defaults', () => {
    const meta = {
      uid: '0190a1b2c3d47abc8def0123456789ab',
      createdAt: '2025-01-02T03:04:05.006Z',
      updatedAt: '2025-02-03T04:05:06.007Z',
    }
    const id = insertRow(db(), 'products', { sku: 'SQL-2', name: 'Filter papers', ...metaValues(meta) })
    expect(row('products', id)).toMatchObject({ uid: meta.uid, created_at: meta.createdAt, updated_at: meta.updatedAt })
    expect(metaValues({})).toEqual({ uid: undefined, created_at: undefined, updated_at: undefined })
  })

  it('rowInserter binds values by position and returns each new id', () => {
    const insert = rowInserter(db(), 'products', ['sku', 'name', 'price'])
    const first = insert(['SQL-3', 'Kettle', 19900])
    const second = insert(['SQL-4', 'Grinder', 39900])
    expect(second).toBe(first + 1)
    expect([row('products', first).name, row('products', second).price]).toEqual(['Kettle', 39900])
  })

  it('updateRow changes only the given columns and stamps updated_at', () => {
    const id = insertRow(db(), 'products', {
      sku: 'SQL-5',
      name: 'Mug',
      price: 3000,
      ...metaValues({ updatedAt: '2020-01-01T00:00:00.000Z' }),
    })
    expect(updateRow(db(), 'products', id, { price: 3500, category: undefined })).toBe(true)
    const after = row('products', id)
    expect(after).toMatchObject({ sku: 'SQL-5', name: 'Mug', price: 3500, category: null })
    expect(String(after.updated_at) > '2020-01-01T00:00:00.000Z').toBe(true)
    expect(after.updated_at).toMatch(STAMP)
    // A given updated_at is written as given (the seed replays history; undo puts a row back).
    updateRow(db(), 'products', id, { name: 'Big mug', updated_at: '2021-06-01T12:00:00.000Z' })
    expect(row('products', id)).toMatchObject({ name: 'Big mug', updated_at: '2021-06-01T12:00:00.000Z' })
    expect(updateRow(db(), 'products', 999_999, { price: 1 })).toBe(false)
  })

  it('every update moves updated_at on, even twice in one millisecond (or with the clock behind the stamp)', () => {
    // A stamp in the future stands for both: "now" is not past it, so only the +1 ms rule moves it.
    const id = insertRow(db(), 'products', {
      sku: 'SQL-7',
      name: 'Tray',
      ...metaValues({ updatedAt: '2999-01-01T00:00:00.999Z' }),
    })
    updateRow(db(), 'products', id, { price: 100 })
    expect(row('products', id).updated_at).toBe('2999-01-01T00:00:01.000Z')
    updateRow(db(), 'products', id, { price: 200 })
    expect(row('products', id).updated_at).toBe('2999-01-01T00:00:01.001Z')
  })

  it('findId and idFinder find live rows only, and every row of tables without soft delete', () => {
    const id = insertRow(db(), 'products', { sku: 'SQL-6', name: 'Scale' })
    const bySku = idFinder(db(), 'products', 'sku')
    expect(bySku('SQL-6')).toBe(id)
    expect(findId(db(), 'products', 'sku', 'nope')).toBeUndefined()
    updateRow(db(), 'products', id, { deleted_at: '2026-01-01T00:00:00.000Z' })
    expect(bySku('SQL-6')).toBeUndefined()
    const survey = insertRow(db(), 'survey_responses', {
      kind: 'nps',
      score: 9,
      at: '2026-01-01T00:00:00.000Z',
      ...metaValues({ uid: 'survey-uid-1' }),
    })
    expect(findId(db(), 'survey_responses', 'uid', 'survey-uid-1')).toBe(survey)
  })
})

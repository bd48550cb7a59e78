import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError } from '../customers/helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

const count = (sql: string): number => backend.db.prepare(sql).pluck().get() as number
const beans = { sku: 'BN-0101', name: '耶加雪菲咖啡豆 250g', category: '咖啡豆', price: 8800, cost: 3100 }

describe('products.create / update', () => {
  it('stores the product with pinyin keys, audits and emits', async () => {
    const row = await call(backend, 'products.create', beans)
    expect(row).toMatchObject({ ...beans, active: true, hasSales: false })
    expect(backend.db.prepare('SELECT name_pinyin, name_initials FROM products WHERE id = ?').get(row.id)).toEqual({
      name_pinyin: 'yejiaxuefeikafeidou250g',
      name_initials: 'yjxfkfd2',
    })
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'product' AND action = 'create'")).toBe(1)
    expect(backend.events).toContainEqual({ event: 'data.changed', payload: { entities: ['products'] } })
  })

  it('refuses a price with more decimals than the currency has, a negative price and a taken SKU; nothing changes', async () => {
    await call(backend, 'products.create', beans)
    const decimals = await callError(backend, 'products.create', { ...beans, sku: 'X-1', price: 1234.5 })
    expect(decimals.code).toBe('validation')
    expect(decimals.issues).toEqual([
      { path: 'price', message: 'Too many decimal places for the currency (at most two: 12.50).' },
    ])
    const negative = await callError(backend, 'products.create', { ...beans, sku: 'X-1', cost: -1 })
    expect(negative.issues).toEqual([{ path: 'cost', message: 'An amount cannot be below zero.' }])
    const taken = await callError(backend, 'products.create', { ...beans, name: 'Other' })
    expect(taken).toMatchObject({ code: 'product_sku_taken', message: 'The SKU BN-0101 is already used by 耶加雪菲咖啡豆 250g.' })
    expect(count('SELECT count(*) FROM products')).toBe(1)
    expect(count("SELECT count(*) FROM audit_log WHERE entity = 'product'")).toBe(1)
  })

  it('edits inline with the version the editor saw; a stale edit is refused with "changed since you opened it"', async () => {
    const row = await call(backend, 'products.create', beans)
    const edited = await call(backend, 'products.update', {
      id: row.id,
      updatedAt: row.updatedAt,
      patch: { name: '单品咖啡豆', price: 9200 },
    })
    expect(edited).toMatchObject({ name: '单品咖啡豆', price: 9200, sku: 'BN-0101' })
    // Product names are read as words, not as a person's name (单 is dan here, shan as a surname).
    expect(backend.db.prepare('SELECT name_pinyin FROM products WHERE id = ?').pluck().get(row.id)).toBe('danpinkafeidou')
    const stale = await callError(backend, 'products.update', { id: row.id, updatedAt: row.updatedAt, patch: { price: 1 } })
    expect(stale.code).toBe('stale_edit')
    expect(stale.message).toMatch(/changed since you opened it/)
    expect((await call(backend, 'products.get', { id: row.id })).price).toBe(9200)
    const audit = backend.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'product' AND action = 'update'")
      .all() as { before: string; after: string }[]
    expect(audit).toHaveLength(1)
    expect(JSON.parse(audit[0].before)).toMatchObject({ price: 8800 })
    expect(JSON.parse(audit[0].after)).toMatchObject({ price: 9200 })
  })

  it('answers the stale edit in Chinese when the UI is Chinese', async () => {
    await call(backend, 'settings.set', { locale: 'zh-CN' })
    const row = await call(backend, 'products.create', beans)
    await call(backend, 'products.update', { id: row.id, updatedAt: row.updatedAt, patch: { active: false } })
    const stale = await callError(backend, 'products.update', { id: row.id, updatedAt: row.updatedAt, patch: { active: true } })
    expect(stale.message).toBe('此记录在您打开后已被更改。未保存任何内容：请查看最新内容后再试。')
    const decimals = await callError(backend, 'products.create', { ...beans, sku: 'X', price: 0.5 })
    expect(decimals.issues?.[0].message).toBe('小数位数超过了货币允许的位数（最多两位：12.50）。')
  })
})

describe('products.delete / restore', () => {
  it('deletes a product without sales (soft, undoable) and refuses one with sales', async () => {
    const unsold = await call(backend, 'products.create', beans)
    const sold = await call(backend, 'products.create', { sku: 'SP-0101', name: 'Filter papers', price: 1200 })
    await call(backend, 'orders.create', {
      customerId: null,
      paymentMethod: 'cash',
      lines: [{ productId: sold.id, description: '', quantity: 1, unitPrice: 1200 }],
    })
    expect(await call(backend, 'products.delete', { id: unsold.id })).toEqual({ count: 1 })
    await callError(backend, 'products.get', { id: unsold.id })
    const refused = await callError(backend, 'products.delete', { id: sold.id })
    expect(refused).toMatchObject({ code: 'product_has_sales' })
    expect(refused.message).toContain('Filter papers has been sold (1 order lines)')
    expect((await call(backend, 'products.get', { id: sold.id })).hasSales).toBe(true)
    expect(await call(backend, 'products.restore', { id: unsold.id })).toMatchObject({ sku: 'BN-0101' })
    const actions = backend.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'product' AND entity_id = ?")
      .pluck()
      .all(unsold.id)
    expect(actions).toEqual(['create', 'delete', 'restore'])
  })

  it('lets a new product take the SKU of a deleted one that never sold', async () => {
    const old = await call(backend, 'products.create', beans)
    await call(backend, 'products.delete', { id: old.id })
    const fresh = await call(backend, 'products.create', { ...beans, name: 'New beans' })
    expect(fresh).toMatchObject({ sku: 'BN-0101', name: 'New beans' })
    expect(backend.db.prepare('SELECT name FROM products').pluck().all()).toEqual(['New beans'])
  })
})

describe('products.list / search / categories', () => {
  beforeEach(async () => {
    await call(backend, 'products.create', beans)
    await call(backend, 'products.create', { sku: 'BN-0202', name: '曼特宁咖啡豆', category: '咖啡豆', price: 9800 })
    await call(backend, 'products.create', { sku: 'SP-0101', name: '滤纸 100 张', category: '耗材', price: 1200 })
    await call(backend, 'products.create', { sku: 'MUG-1', name: 'Latte mug', category: '杯具', price: 5900, active: false })
  })

  it('finds by name, SKU, full pinyin and initials; the item search leaves out inactive products', async () => {
    const names = (hits: { name: string }[]): string[] => hits.map((h) => h.name)
    expect(names(await call(backend, 'products.search', { query: 'kfd', limit: 10 }))).toEqual([
      '曼特宁咖啡豆',
      '耶加雪菲咖啡豆 250g',
    ])
    expect(names(await call(backend, 'products.search', { query: 'kafei', limit: 10 }))).toHaveLength(2)
    expect(names(await call(backend, 'products.search', { query: 'sp-0101', limit: 10 }))).toEqual(['滤纸 100 张'])
    expect(names(await call(backend, 'products.search', { query: '滤纸', limit: 10 }))).toEqual(['滤纸 100 张'])
    expect(names(await call(backend, 'products.search', { query: 'mug', limit: 10 }))).toEqual([])
    // An exact SKU (a scanner types one) comes first.
    expect(names(await call(backend, 'products.search', { query: 'BN-0202', limit: 10 }))[0]).toBe('曼特宁咖啡豆')
    // % and _ are letters, not wildcards.
    expect(await call(backend, 'products.search', { query: '%', limit: 10 })).toEqual([])
  })

  it('lists a filtered, sorted page with the total, and the categories most used first', async () => {
    const page = await call(backend, 'products.list', {
      status: 'all',
      sort: { column: 'price', dir: 'desc' },
      offset: 0,
      limit: 2,
    })
    expect(page.total).toBe(4)
    expect(page.rows.map((r) => r.sku)).toEqual(['BN-0202', 'BN-0101'])
    const inactive = await call(backend, 'products.list', {
      status: 'inactive',
      sort: { column: 'name', dir: 'asc' },
      offset: 0,
      limit: 50,
    })
    expect(inactive.rows.map((r) => r.sku)).toEqual(['MUG-1'])
    const byName = await call(backend, 'products.list', {
      status: 'active',
      category: '咖啡豆',
      sort: { column: 'name', dir: 'asc' },
      offset: 0,
      limit: 50,
    })
    // Pinyin order: man… before ye…
    expect(byName.rows.map((r) => r.name)).toEqual(['曼特宁咖啡豆', '耶加雪菲咖啡豆 250g'])
    expect(await call(backend, 'products.categories', {})).toEqual(['咖啡豆', '杯具', '耗材'])
  })

  it('fills the search keys of products written before they existed', async () => {
    backend.db.prepare('UPDATE products SET name_pinyin = NULL, name_initials = NULL, sort_key = NULL').run()
    const before = backend.db.prepare('SELECT updated_at FROM products ORDER BY id').pluck().all()
    expect(await call(backend, 'products.search', { query: 'mtn', limit: 5 })).toMatchObject([{ sku: 'BN-0202' }])
    expect(count('SELECT count(*) FROM products WHERE name_pinyin IS NULL')).toBe(0)
    expect(backend.db.prepare('SELECT updated_at FROM products ORDER BY id').pluck().all()).toEqual(before)
  })
})

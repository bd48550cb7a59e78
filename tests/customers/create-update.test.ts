import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, tableCounts } from './helpers'

let backend: TestBackend
beforeEach(() => {
  backend = openTestBackend()
})
afterEach(() => backend.close())

describe('customers.create / get / update', () => {
  it('stores the typed phone, its normalised form and pinyin keys; audits and emits', async () => {
    const { customer, duplicates } = await call(backend, 'customers.create', {
      name: ' 张三 ',
      phone: '＋86 １３８-００１３ ８０００',
      email: ' ZhangSan@Example.CN ',
      city: '杭州',
      birthday: '1990-05-01',
      gender: 'male',
      notes: '',
    })
    expect(duplicates).toEqual([])
    expect(customer).toMatchObject({
      name: '张三',
      // Typed with a Chinese IME, stored in ASCII with the grouping kept (issue 9, point 4).
      phone: '+86 138-0013 8000',
      email: 'ZhangSan@Example.CN',
      city: '杭州',
      code: null,
      address: null,
      stats: { lifetimeValue: 0, orderCount: 0, lastPurchaseAt: null, averageOrder: 0 },
      openDeals: [],
      openTickets: [],
      tags: [],
    })
    const stored = backend.db
      .prepare('SELECT phone_norm, email_norm, name_pinyin, name_initials, sort_key FROM customers WHERE id = ?')
      .get(customer.id)
    expect(stored).toEqual({
      phone_norm: '13800138000',
      email_norm: 'zhangsan@example.cn',
      name_pinyin: 'zhangsan',
      name_initials: 'zs',
      sort_key: 'zhangsan 张三',
    })
    const audit = backend.db.prepare(`SELECT entity, entity_id, action, after FROM audit_log WHERE entity = 'customer'`).all()
    expect(audit).toHaveLength(1)
    expect(audit[0]).toMatchObject({ entity_id: customer.id, action: 'create' })
    expect(JSON.parse((audit[0] as { after: string }).after)).toMatchObject({ name: '张三', phone_norm: '13800138000' })
    expect(backend.events).toContainEqual({ event: 'data.changed', payload: { entities: ['customers'] } })
    expect(await call(backend, 'customers.get', { id: customer.id })).toEqual(customer)
  })

  it('creates a duplicate but reports the existing customer by phone and by email', async () => {
    const first = await call(backend, 'customers.create', { name: '李四', phone: '13900139000' })
    const second = await call(backend, 'customers.create', { name: 'Li Si', email: 'li@x.cn' })
    const { customer, duplicates } = await call(backend, 'customers.create', {
      name: '李四 (new)',
      phone: '+86 139 0013 9000',
      email: 'LI@X.CN',
    })
    expect(duplicates).toEqual([
      { id: first.customer.id, name: '李四', phone: '13900139000', email: null, matchedOn: 'phone' },
      { id: second.customer.id, name: 'Li Si', phone: null, email: 'li@x.cn', matchedOn: 'email' },
    ])
    const whileTyping = await call(backend, 'customers.findDuplicates', { phone: '139-0013-9000', excludeId: customer.id })
    expect(whileTyping.map((d) => d.id)).toEqual([first.customer.id])
    expect(await call(backend, 'customers.findDuplicates', { phone: 'not a phone' })).toEqual([])
  })

  it('updates only the sent fields, clears blank ones, recomputes keys and audits before/after', async () => {
    const { customer } = await call(backend, 'customers.create', { name: '王小明', phone: '13700137000', city: '上海' })
    const updated = await call(backend, 'customers.update', {
      id: customer.id,
      patch: { name: 'Wang Xiaoming', city: '', source: '抖音' },
    })
    expect(updated).toMatchObject({ name: 'Wang Xiaoming', phone: '13700137000', city: null, source: '抖音' })
    expect(updated.updatedAt >= customer.updatedAt).toBe(true)
    const keys = backend.db.prepare('SELECT name_pinyin, name_initials FROM customers WHERE id = ?').get(customer.id)
    expect(keys).toEqual({ name_pinyin: 'wangxiaoming', name_initials: 'wx' })
    const row = backend.db
      .prepare(`SELECT before, after FROM audit_log WHERE action = 'update' AND entity_id = ?`)
      .get(customer.id) as { before: string; after: string }
    expect(JSON.parse(row.before)).toMatchObject({ name: '王小明', city: '上海' })
    expect(JSON.parse(row.after)).toMatchObject({ name: 'Wang Xiaoming', city: null })
  })

  it('refuses a customer code already in use, naming its owner, and changes nothing', async () => {
    await call(backend, 'customers.create', { name: 'Alice', code: 'C-001' })
    const before = tableCounts(backend.db)
    const error = await callError(backend, 'customers.create', { name: 'Bob', code: 'C-001' })
    expect(error).toMatchObject({ code: 'customer_code_taken', message: 'The customer code C-001 is already used by Alice.' })
    expect(tableCounts(backend.db)).toEqual(before)
  })

  it('answers an unknown id with customer_not_found', async () => {
    const error = await callError(backend, 'customers.get', { id: 999 })
    expect(error.code).toBe('customer_not_found')
    expect((await callError(backend, 'customers.update', { id: 999, patch: { city: 'x' } })).code).toBe('customer_not_found')
  })
})

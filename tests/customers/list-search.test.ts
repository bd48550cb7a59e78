import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ListInput } from '../../src-shared/ipc/channels/customer-schemas'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, insertOrder } from './helpers'

let backend: TestBackend
const ids: Record<string, number> = {}
const people = [
  { name: '张三', phone: '138 0013 8000', city: '杭州', source: '门店' },
  { name: '张伟', phone: '13912345678', city: '上海', source: '抖音' },
  { name: '王小明', phone: '(010) 8888-6666', city: '杭州', source: '门店' },
  { name: '曾小贤', email: 'zeng@example.com', city: '北京' },
  { name: 'Alice Zhang', phone: '+1 415 555 0100', city: 'Shanghai', source: 'WeChat' },
  { name: 'Bob Stone', notes: 'likes green tea 爱喝绿茶', source: '抖音' },
]

beforeAll(async () => {
  backend = openTestBackend()
  for (const p of people) ids[p.name] = (await call(backend, 'customers.create', p)).customer.id
  insertOrder(backend.db, ids['王小明'], 50_000, '2026-01-02T10:00:00.000Z')
  insertOrder(backend.db, ids['王小明'], 20_000, '2026-03-02T10:00:00.000Z')
  insertOrder(backend.db, ids['张伟'], 99_900, '2026-02-01T10:00:00.000Z')
  insertOrder(backend.db, ids['张伟'], 1_000_000, '2026-04-01T10:00:00.000Z', 'refunded')
})
afterAll(() => backend.close())

const base: ListInput = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }
const names = async (input: Partial<ListInput>): Promise<string[]> =>
  (await call(backend, 'customers.list', { ...base, ...input })).rows.map((r) => r.name)
const search = async (query: string): Promise<string[]> =>
  (await call(backend, 'customers.search', { query, limit: 20 })).map((h) => h.name)

describe('customers.list', () => {
  it('sorts Chinese names by pinyin among Latin names, and pages stably', async () => {
    expect(await names({})).toEqual(['Alice Zhang', 'Bob Stone', '王小明', '曾小贤', '张三', '张伟'])
    expect(await names({ sort: { column: 'name', dir: 'desc' } })).toEqual([
      '张伟',
      '张三',
      '曾小贤',
      '王小明',
      'Bob Stone',
      'Alice Zhang',
    ])
    const page = await call(backend, 'customers.list', { ...base, offset: 2, limit: 2 })
    expect(page).toMatchObject({ total: 6, rows: [{ name: '王小明' }, { name: '曾小贤' }] })
  })

  it('sorts by stats kept from orders (refunded orders do not count)', async () => {
    const { rows } = await call(backend, 'customers.list', { ...base, sort: { column: 'lifetimeValue', dir: 'desc' }, limit: 2 })
    expect(rows.map((r) => [r.name, r.lifetimeValue, r.orderCount, r.lastPurchaseAt])).toEqual([
      ['张伟', 99_900, 1, '2026-02-01T10:00:00.000Z'],
      ['王小明', 70_000, 2, '2026-03-02T10:00:00.000Z'],
    ])
    expect((await names({ sort: { column: 'orderCount', dir: 'desc' }, limit: 1 }))[0]).toBe('王小明')
  })

  it('filters by city, source, tags and created dates, with a matching total', async () => {
    expect(await names({ city: '杭州' })).toEqual(['王小明', '张三'])
    expect(await names({ source: '抖音', sort: { column: 'city', dir: 'asc' } })).toEqual(['Bob Stone', '张伟'])
    await call(backend, 'customers.tag', { ids: [ids['张三'], ids['Bob Stone']], tagName: 'VIP' })
    const tagId = (await call(backend, 'tags.list', {}))[0].id
    const tagged = await call(backend, 'customers.list', { ...base, tagIds: [tagId] })
    expect(tagged.total).toBe(2)
    expect(tagged.rows.map((r) => [r.name, r.tags.map((t) => t.name)])).toEqual([
      ['Bob Stone', ['VIP']],
      ['张三', ['VIP']],
    ])
    expect(await names({ createdFrom: '2000-01-01', createdTo: '2000-12-31' })).toEqual([])
    const today = new Date()
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`
    expect((await names({ createdFrom: day, createdTo: day })).length).toBe(6)
  })

  it('combines a query with the chosen sort, exact and prefix matches first', async () => {
    const result = await call(backend, 'customers.list', { ...base, query: 'zhang' })
    expect(result.rows.map((r) => r.name)).toEqual(['张三', '张伟', 'Alice Zhang'])
    expect(result.total).toBe(3)
  })
})

describe('search (palette and list)', () => {
  it.each([
    ['zs', ['张三']],
    ['zhangs', ['张三']],
    ['zhangsan', ['张三']],
    ['zhang san', ['张三']],
    ['张', ['张三', '张伟']],
    ['张三', ['张三']],
    ['zw', ['张伟']],
    ['zxx', ['曾小贤']],
    ['zengxiao', ['曾小贤']],
    ['wxm', ['王小明']],
    ['小明', ['王小明']],
    ['138 0013', ['张三']],
    ['１３８００１３', ['张三']],
    ['13800138000', ['张三']],
    ['010-8888', ['王小明']],
    ['8888', ['王小明']],
    ['415555', ['Alice Zhang']],
    ['ZENG@EXAMPLE', ['曾小贤']],
    ['喝绿茶', ['Bob Stone']],
    // Notes are searched by the trigram index only: two characters are too short for it.
    ['绿茶', []],
    ['green tea', ['Bob Stone']],
    ['alice', ['Alice Zhang']],
    ['al', ['Alice Zhang']],
    ['say "hi"', []],
    ['nobody', []],
  ])('%s finds %j', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
    expect(await names({ query })).toEqual([...expected].sort((a, b) => sortKeyOrder(a) - sortKeyOrder(b)))
  })

  it('ranks an exact or prefix match before a substring match', async () => {
    const zhang = await call(backend, 'customers.create', { name: 'Zhang' })
    expect((await search('zhang'))[0]).toBe('Zhang')
    await call(backend, 'customers.delete', { ids: [zhang.customer.id] })
    expect(await search('zhang')).not.toContain('Zhang')
  })
})

/** Index of a name in the name-sorted list (the list's order after rank ties). */
function sortKeyOrder(name: string): number {
  return ['Alice Zhang', 'Bob Stone', '王小明', '曾小贤', '张三', '张伟'].indexOf(name)
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { phoneSearchDigits } from '../../src-shared/domain/phone'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call } from './helpers'

let backend: TestBackend
const people = [
  { name: '周杰', phone: '+86 139 1111 2222' },
  { name: '张慧', phone: '158 0000 1234' },
  { name: '张慧敏', phone: '137 0000 5678' },
  { name: '李慧', phone: '158 1111 9999' },
  { name: '王小明', phone: '(010) 8888-6666' },
  { name: '夏明', phone: '135 2222 3333' },
  { name: '欧阳小明' },
  { name: 'Bob Stone', notes: 'Room 158 at the hotel' },
]

beforeAll(async () => {
  backend = openTestBackend()
  for (const p of people) await call(backend, 'customers.create', p)
})
afterAll(() => backend.close())

const search = async (query: string): Promise<string[]> =>
  (await call(backend, 'customers.search', { query, limit: 20 })).map((h) => h.name)
const list = async (query: string): Promise<string[]> =>
  (
    await call(backend, 'customers.list', { view: 'active', query, sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 })
  ).rows.map((r) => r.name)

describe('phone search with and without the country code', () => {
  it.each([
    ['+86 139', ['周杰']],
    ['+86 139 1111', ['周杰']],
    ['+8613911112222', ['周杰']],
    ['8613911112222', ['周杰']],
    ['0086 139 1111 2222', ['周杰']],
    ['139 1111', ['周杰']],
    ['13911112222', ['周杰']],
    ['＋８６ １３９', ['周杰']],
    ['+86 10 8888', ['王小明']],
  ])('%s finds %j', async (query, expected) => {
    expect(await search(query)).toEqual(expected)
    expect(await list(query)).toEqual(expected)
  })

  it('reads what a query may mean in phone_norm', () => {
    expect(phoneSearchDigits('+86 139')).toEqual(['139'])
    expect(phoneSearchDigits('8613911112222')).toEqual(['8613911112222', '13911112222'])
    expect(phoneSearchDigits('+86')).toEqual([])
    expect(phoneSearchDigits('138 0013')).toEqual(['1380013'])
    expect(phoneSearchDigits('张三')).toEqual([])
  })
})

describe('a name and a phone in one query', () => {
  it.each([
    ['张慧 158', ['张慧']],
    ['158 张慧', ['张慧']],
    ['慧 158', ['张慧', '李慧']],
    ['zhanghui 137', ['张慧敏']],
    ['room 158', ['Bob Stone']],
  ])('%s finds %j', async (query, expected) => {
    expect((await search(query)).sort()).toEqual([...expected].sort())
    expect((await list(query)).sort()).toEqual([...expected].sort())
  })
})

describe('initials of the given name', () => {
  it('finds 王小明 by xm, after the names whose initials start with xm', async () => {
    expect(await search('xm')).toEqual(['夏明', '王小明'])
    expect(await list('xm')).toContain('王小明')
  })
})

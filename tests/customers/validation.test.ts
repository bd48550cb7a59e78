import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError, tableCounts } from './helpers'

let backend: TestBackend
let customerId: number
beforeEach(async () => {
  backend = openTestBackend({ osLocale: 'en' })
  customerId = (await call(backend, 'customers.create', { name: 'Existing' })).customer.id
})
afterEach(() => backend.close())

/** Refused inputs: each must fail validation and write nothing at all. */
const refused: [string, unknown][] = [
  ['customers.create', { name: '   ' }],
  ['customers.create', { name: 'x'.repeat(201) }],
  ['customers.create', { name: 'Ann', phone: 'call me maybe' }],
  ['customers.create', { name: 'Ann', email: 'not-an-email' }],
  ['customers.create', { name: 'Ann', birthday: '2999-01-01' }],
  ['customers.create', { name: 'Ann', birthday: '1990-02-30' }],
  ['customers.create', { name: 'Ann', notes: 'n'.repeat(20001) }],
  ['customers.create', { name: 'Ann', role: 'admin' }],
  ['customers.update', { id: 1, patch: { name: '' } }],
  ['customers.list', { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 501 }],
  ['customers.list', { view: 'all', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }],
  ['customers.list', { view: 'active', sort: { column: 'notes', dir: 'asc' }, offset: 0, limit: 50 }],
  ['customers.list', { view: 'active', query: 'q'.repeat(101), sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 5 }],
  ['customers.delete', { ids: [] }],
  ['customers.delete', { ids: Array.from({ length: 10001 }, (_, i) => i + 1) }],
  ['customers.merge', { keepId: 1, mergeId: 1 }],
  ['customers.tag', { ids: [1] }],
  ['customers.tag', { ids: [1], tagName: 'VIP', tagId: 1 }],
  ['customers.timeline', { customerId: 1, limit: 201 }],
  ['activities.add', { customerId: 1, kind: 'purchase', body: 'x' }],
  ['activities.add', { customerId: 1, kind: 'call', body: 'b'.repeat(20001) }],
  ['customers.search', { query: 'a', limit: 21 }],
]

describe('validation at the IPC boundary', () => {
  it.each(refused)('%s refuses %j and changes nothing', async (channel, input) => {
    const counts = tableCounts(backend.db)
    const changes = backend.db.prepare('SELECT total_changes()').pluck().get()
    const error = await callError(backend, channel as 'customers.create', input)
    expect(error.code).toBe('validation')
    expect(error.issues?.length).toBeGreaterThan(0)
    expect(tableCounts(backend.db)).toEqual(counts)
    expect(backend.db.prepare('SELECT total_changes()').pluck().get()).toBe(changes)
  })

  it('names each bad field with a message in English', async () => {
    const error = await callError(backend, 'customers.create', {
      name: '',
      phone: 'abc',
      birthday: '2999-01-01',
      email: 'nope',
    })
    const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]))
    expect(Object.keys(byPath).sort()).toEqual(['birthday', 'email', 'name', 'phone'])
    expect(byPath.phone).toBe('Enter a phone number (digits, spaces, dashes and a leading + are fine).')
    expect(byPath.birthday).toBe('A birthday cannot be in the future.')
    expect(byPath.name).toMatch(/>=1 character/)
    expect(error.message).toMatch(/^Some fields need attention: /)
  })

  it('answers in Chinese when the UI language is zh-CN', async () => {
    await call(backend, 'settings.set', { locale: 'zh-CN' })
    const error = await callError(backend, 'customers.create', { name: '', phone: 'abc' })
    const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]))
    expect(byPath.phone).toBe('请输入电话号码（可含空格、短横线和开头的 +）。')
    expect(byPath.name).toMatch(/[\u4e00-\u9fff]/)
    expect(error.message).toMatch(/^有字段需要修改：/)
    const tagError = await callError(backend, 'customers.tag', { ids: [customerId] })
    expect(tagError.issues).toEqual([{ path: 'tagName', message: '请选择已有标签或输入新标签名（二选一）。' }])
    const notFound = await callError(backend, 'customers.get', { id: 4242 })
    expect(notFound.message).toBe('找不到该客户（可能已被删除或合并）。')
  })
})

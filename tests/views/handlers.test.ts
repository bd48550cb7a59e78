import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CustomerListPrefs, CustomerViewState } from '../../src-shared/ipc/channels/views'
import { openTestBackend, type TestBackend } from '../support/test-db'
import { call, callError } from '../customers/helpers'

const state = (patch: Partial<CustomerViewState> = {}): CustomerViewState => ({
  search: '',
  filters: { tagIds: [], city: '杭州', source: '', createdFrom: '', createdTo: '' },
  sort: { column: 'lifetimeValue', dir: 'desc' },
  columns: ['phone', 'email', 'lifetimeValue'],
  ...patch,
})

const count = (backend: TestBackend, sql: string): number => backend.db.prepare(sql).pluck().get() as number
const changes = (backend: TestBackend): unknown[] =>
  backend.events.filter((e) => e.event === 'data.changed').map((e) => e.payload)

let backend: TestBackend
beforeEach(() => (backend = openTestBackend({ osLocale: 'zh-CN' })))
afterEach(() => backend.close())

describe('saved views (views.*)', () => {
  it('creates, lists, renames, overwrites and switches the default — each write audited and announced', async () => {
    const vip = await call(backend, 'views.create', { list: 'customers', name: ' 杭州大客户 ', state: state() })
    expect(vip).toMatchObject({ list: 'customers', name: '杭州大客户', state: state(), isDefault: false })
    const recent = await call(backend, 'views.create', {
      list: 'customers',
      name: 'Recent',
      state: state({ sort: { column: 'lastPurchaseAt', dir: 'desc' } }),
      isDefault: true,
    })
    await call(backend, 'views.update', { id: vip.id, name: '杭州 VIP', state: state({ search: '王' }) })
    await call(backend, 'views.update', { id: vip.id, isDefault: true })
    const { views } = await call(backend, 'views.load', { list: 'customers' })
    expect(views.map((v) => [v.name, v.isDefault, v.state.search])).toEqual([
      ['杭州 VIP', true, '王'],
      ['Recent', false, ''],
    ])
    expect(recent.isDefault).toBe(true)
    expect(count(backend, "SELECT count(*) FROM audit_log WHERE entity = 'list_view'")).toBe(4)
    const update = backend.db
      .prepare("SELECT before, after FROM audit_log WHERE entity = 'list_view' AND action = 'update' ORDER BY id LIMIT 1")
      .get() as { before: string; after: string }
    expect([JSON.parse(update.before).name, JSON.parse(update.after).name]).toEqual(['杭州大客户', '杭州 VIP'])
    expect(changes(backend)).toEqual(Array(4).fill({ entities: ['list_views'] }))
  })

  it('answers the first rows of what the list opens with, equal to customers.list for that query', async () => {
    for (const [name, city, value] of [
      ['王芳', '杭州', 5],
      ['李娜', '上海', 9],
      ['王强', '杭州', 7],
    ] as const)
      await call(backend, 'customers.create', { name, city, notes: `${value}` })
    const firstRows = async () => {
      const answer = await call(backend, 'views.load', { list: 'customers', firstPage: 2 })
      const page = answer.firstPage!
      const listed = await call(backend, 'customers.list', { ...page.query, offset: 0, limit: 2 })
      expect({ rows: page.rows, total: page.total }).toEqual(listed)
      return page
    }
    // A new shop: names in pinyin order.
    expect((await firstRows()).query).toEqual({ view: 'active', sort: { column: 'name', dir: 'asc' } })
    // The remembered sort.
    await call(backend, 'views.savePrefs', {
      list: 'customers',
      prefs: { sort: { column: 'city', dir: 'desc' }, columns: [], widths: {} },
    })
    expect((await firstRows()).query).toEqual({ view: 'active', sort: { column: 'city', dir: 'desc' } })
    // The default saved view over it: its search, filters and sort.
    await call(backend, 'views.create', { list: 'customers', name: '杭州', state: state({ search: ' 王 ' }), isDefault: true })
    const page = await firstRows()
    expect(page.query).toEqual({ view: 'active', sort: { column: 'lifetimeValue', dir: 'desc' }, query: '王', city: '杭州' })
    expect(page.rows.map((r) => r.name).sort()).toEqual(['王强', '王芳'])
    expect((await call(backend, 'views.load', { list: 'customers' })).firstPage).toBeUndefined()
  })

  it('refuses a second view of the same name (case-blind) with a translated message, changing nothing', async () => {
    await call(backend, 'views.create', { list: 'customers', name: 'VIP', state: state() })
    const error = await callError(backend, 'views.create', { list: 'customers', name: 'vip', state: state() })
    expect(error.code).toBe('view_name_taken')
    expect(error.message).toBe('已经有名为“vip”的视图，请换一个名字。')
    const other = await call(backend, 'views.create', { list: 'customers', name: 'Other', state: state() })
    expect((await callError(backend, 'views.update', { id: other.id, name: 'Vip' })).code).toBe('view_name_taken')
    expect(count(backend, 'SELECT count(*) FROM list_views')).toBe(2)
    expect(count(backend, "SELECT count(*) FROM audit_log WHERE entity = 'list_view'")).toBe(2)
  })

  it('deletes to Trash and restores (the Undo of the toast); a deleted default stops being the default', async () => {
    const vip = await call(backend, 'views.create', { list: 'customers', name: 'VIP', state: state(), isDefault: true })
    const deleted = await call(backend, 'views.delete', { id: vip.id })
    expect(deleted.isDefault).toBe(false)
    expect((await call(backend, 'views.load', { list: 'customers' })).views).toEqual([])
    expect((await callError(backend, 'views.update', { id: vip.id, name: 'x' })).code).toBe('view_not_found')
    // The name is free while the view is in Trash …
    const again = await call(backend, 'views.create', { list: 'customers', name: 'VIP', state: state() })
    expect((await callError(backend, 'views.restore', { id: vip.id })).code).toBe('view_name_taken')
    await call(backend, 'views.delete', { id: again.id })
    // … and the view comes back whole once it is free again.
    const restored = await call(backend, 'views.restore', { id: vip.id })
    expect(restored).toMatchObject({ name: 'VIP', state: state() })
    expect((await callError(backend, 'views.restore', { id: vip.id })).code).toBe('view_not_found')
  })

  it('rejects a bad state at the boundary: unknown or repeated columns, bad dates, a bad sort', async () => {
    const bad = [
      state({ columns: ['phone', 'phone'] }),
      { ...state(), columns: ['salary'] },
      { ...state(), columns: ['name'] },
      state({ filters: { tagIds: [], city: '', source: '', createdFrom: '2026-13-01', createdTo: '' } }),
      { ...state(), sort: { column: 'email', dir: 'asc' } },
      { ...state(), extra: 1 },
    ]
    for (const s of bad)
      expect((await callError(backend, 'views.create', { list: 'customers', name: 'x', state: s })).code).toBe('validation')
    expect((await callError(backend, 'views.create', { list: 'orders', name: 'x', state: state() })).code).toBe('validation')
    expect((await callError(backend, 'views.create', { list: 'customers', name: '   ', state: state() })).code).toBe('validation')
    expect(count(backend, 'SELECT count(*) FROM list_views')).toBe(0)
  })

  it('leaves a stored view it can no longer read in the file, and does not offer it', async () => {
    const ok = await call(backend, 'views.create', { list: 'customers', name: 'Readable', state: state() })
    backend.db.prepare(`INSERT INTO list_views (list, name, state) VALUES ('customers', 'From the future', '{"search":1}')`).run()
    expect((await call(backend, 'views.load', { list: 'customers' })).views.map((v) => v.id)).toEqual([ok.id])
    expect(count(backend, 'SELECT count(*) FROM list_views')).toBe(2)
  })
})

describe('the remembered layout (views.savePrefs)', () => {
  const prefs: CustomerListPrefs = {
    sort: { column: 'lifetimeValue', dir: 'desc' },
    columns: ['phone', 'city', 'email'],
    widths: { phone: 180, email: 240 },
  }

  it('is null until saved, then the last one saved — without audit rows or change events (a preference)', async () => {
    expect((await call(backend, 'views.load', { list: 'customers' })).prefs).toBeNull()
    await call(backend, 'views.savePrefs', { list: 'customers', prefs: { ...prefs, widths: {} } })
    await call(backend, 'views.savePrefs', { list: 'customers', prefs })
    expect((await call(backend, 'views.load', { list: 'customers' })).prefs).toEqual(prefs)
    expect(count(backend, 'SELECT count(*) FROM audit_log')).toBe(0)
    expect(changes(backend)).toEqual([])
  })

  it('refuses widths out of range or for unknown columns', async () => {
    for (const widths of [{ phone: 10 }, { phone: 5000 }, { phone: 100.5 }, { salary: 100 }])
      expect((await callError(backend, 'views.savePrefs', { list: 'customers', prefs: { ...prefs, widths } })).code).toBe(
        'validation',
      )
    expect(count(backend, 'SELECT count(*) FROM list_prefs')).toBe(0)
  })
})

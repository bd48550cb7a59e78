// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadListSetup, usePersistListPrefs } from '../../../src-renderer/src/features/customers/api/list-setup'
import { LIST_PAGE_SIZE, useCustomerRows } from '../../../src-renderer/src/features/customers/api/use-customer-rows'
import {
  DEFAULT_COLUMNS,
  initialCustomerListState,
  toQuery,
  toViewState,
  useCustomerListStore,
  viewChanged,
} from '../../../src-renderer/src/features/customers/stores/list'
import type { CustomerListPrefs, CustomerViewState, ListView } from '../../../src-shared/ipc/channels/views'
import { closeBackend, openBackend, seed } from '../support/real-bridge'

const store = useCustomerListStore.getState
/** A new window: the store as the app starts it. */
const restart = (): void => useCustomerListStore.setState(initialCustomerListState())

const hangzhou: CustomerViewState = {
  search: 'wang',
  filters: { tagIds: [], city: '杭州', source: '', createdFrom: '', createdTo: '' },
  sort: { column: 'lifetimeValue', dir: 'desc' },
  columns: ['phone', 'email', 'lifetimeValue'],
}

beforeEach(() => {
  openBackend()
  restart()
})
afterEach(() => {
  cleanup()
  closeBackend()
})

/** Records every call the window makes through the real bridge; `alter` may change an answer. */
function recordCalls(alter: (channel: string, answer: unknown) => unknown = (_, answer) => answer) {
  const bridge = window.kehu
  if (!bridge) throw new Error('the real bridge is not installed')
  const invoke = bridge.invoke
  const list: { channel: string; input: unknown }[] = []
  bridge.invoke = async (channel, input) => {
    list.push({ channel, input })
    const result = await invoke(channel, input)
    return result.ok ? { ...result, data: alter(channel, result.data) } : result
  }
  return { list, stop: () => (bridge.invoke = invoke) }
}

describe('customer list store: columns and saved views', () => {
  it('keeps visible columns in the table order, each once, and resets to the defaults', () => {
    store().toggleColumn('email')
    store().toggleColumn('code')
    expect(store().columns).toEqual(['code', 'phone', 'email', 'city', 'tags', 'orderCount', 'lifetimeValue', 'lastPurchaseAt'])
    store().toggleColumn('phone')
    expect(store().columns).not.toContain('phone')
    store().setColumns(DEFAULT_COLUMNS)
    expect(store().columns).toEqual([...DEFAULT_COLUMNS])
  })

  it('applies a saved view (search, filters, sort, columns), says when the list drifts from it, and goes back to all', () => {
    const view: ListView = { id: 7, list: 'customers', name: '杭州', state: hangzhou, isDefault: false, updatedAt: '' }
    store().setOpened(12)
    store().applySavedView(view)
    expect(toViewState(store())).toEqual(hangzhou)
    expect(store().savedView).toBe(view)
    expect(store().opened).toBeNull()
    expect(viewChanged(store())).toBe(false)

    store().toggleColumn('notes')
    expect(viewChanged(store())).toBe(true)
    store().toggleColumn('notes')
    store().setSort({ column: 'name', dir: 'asc' })
    expect(viewChanged(store())).toBe(true)

    store().applySavedView(null)
    expect(store()).toMatchObject({ savedView: null, search: '' })
    expect(store().filters.city).toBe('')
    expect(viewChanged(store())).toBe(false)
  })
})

describe('customer list setup: remembered in the data file', () => {
  it('writes the layout a moment after it changes and restores it in a new window', async () => {
    await loadListSetup()
    expect(store().ready).toBe(true)
    const persist = renderHook(() => usePersistListPrefs())
    act(() => {
      store().toggleColumn('email')
      store().setWidth('phone', 210)
      store().setSort({ column: 'lifetimeValue', dir: 'desc' })
    })
    const expected: CustomerListPrefs = {
      sort: { column: 'lifetimeValue', dir: 'desc' },
      columns: ['phone', 'email', 'city', 'tags', 'orderCount', 'lifetimeValue', 'lastPurchaseAt'],
      widths: { phone: 210 },
    }
    await waitFor(async () =>
      expect((await seed<{ prefs: unknown }>('views.load', { list: 'customers' })).prefs).toEqual(expected),
    )
    persist.unmount()

    restart()
    await loadListSetup()
    expect(store()).toMatchObject(expected)
  })

  it('writes a pending change at once when the list closes', async () => {
    await loadListSetup()
    const persist = renderHook(() => usePersistListPrefs())
    act(() => store().toggleColumn('gender'))
    persist.unmount()
    await waitFor(async () =>
      expect((await seed<{ prefs: CustomerListPrefs }>('views.load', { list: 'customers' })).prefs.columns).toContain('gender'),
    )
  })

  it('opens with the default view over the remembered layout', async () => {
    await seed('views.savePrefs', {
      list: 'customers',
      prefs: { sort: { column: 'name', dir: 'asc' }, columns: ['phone'], widths: { city: 99 } },
    })
    await seed('views.create', { list: 'customers', name: 'Other', state: { ...hangzhou, search: '' } })
    const chosen = await seed<ListView>('views.create', { list: 'customers', name: '杭州', state: hangzhou, isDefault: true })
    await loadListSetup()
    expect(store().savedView?.id).toBe(chosen.id)
    expect(toViewState(store())).toEqual(hangzhou)
    expect(store().widths).toEqual({ city: 99 })
    expect(viewChanged(store())).toBe(false)
  })

  it("gets the default view's first rows with the layout, in one call, and the list shows them without asking", async () => {
    await seed('customers.create', { name: '王芳', city: '杭州' })
    await seed('customers.create', { name: '王强', city: '杭州' })
    await seed('customers.create', { name: '李娜', city: '上海' })
    await seed('views.create', { list: 'customers', name: '杭州', state: { ...hangzhou, search: '' }, isDefault: true })
    const calls = recordCalls()
    try {
      await loadListSetup()
      const query = toQuery(store(), store().search)
      expect(query).toMatchObject({ city: '杭州', sort: { column: 'lifetimeValue', dir: 'desc' } })
      expect(calls.list).toEqual([{ channel: 'views.load', input: { list: 'customers', firstPage: LIST_PAGE_SIZE } }])

      const list = renderHook(() => useCustomerRows(query))
      // Shown in the first render: no request, no wait.
      expect(list.result.current.snapshot.total).toBe(2)
      expect([list.result.current.rows.row(0)?.city, list.result.current.rows.row(1)?.city]).toEqual(['杭州', '杭州'])
      await act(async () => await Promise.resolve())
      expect(calls.list.filter((c) => c.channel === 'customers.list')).toEqual([])
      list.unmount()
    } finally {
      calls.stop()
    }
  })

  it("asks for the list's own first rows at once when those answered with the layout are of another query", async () => {
    await seed('customers.create', { name: '王芳', city: '杭州' })
    await seed('views.create', { list: 'customers', name: '杭州', state: { ...hangzhou, search: '' }, isDefault: true })
    const calls = recordCalls((channel, answer) =>
      channel === 'views.load'
        ? {
            ...(answer as object),
            firstPage: { query: { view: 'active', sort: { column: 'name', dir: 'asc' } }, rows: [], total: 0 },
          }
        : answer,
    )
    try {
      await loadListSetup()
      const query = toQuery(store(), store().search)
      // Nothing has rendered yet: the list's own first page is already on its way.
      expect(calls.list.map((c) => c.channel)).toEqual(['views.load', 'customers.list'])
      expect(calls.list[1].input).toEqual({ ...query, offset: 0, limit: LIST_PAGE_SIZE })
      const list = renderHook(() => useCustomerRows(query))
      await waitFor(() => expect(list.result.current.snapshot.total).toBe(1))
      expect(calls.list.filter((c) => c.channel === 'customers.list')).toHaveLength(1)
      list.unmount()
    } finally {
      calls.stop()
    }
  })

  it('asks afresh when the first rows asked at start were refused (the app opened locked)', async () => {
    closeBackend()
    await loadListSetup()
    openBackend()
    await seed('customers.create', { name: '赵敏' })
    const list = renderHook(() => useCustomerRows(toQuery(store(), store().search)))
    await waitFor(() => expect(list.result.current.snapshot.total).toBe(1))
    expect(list.result.current.snapshot.error).toBeNull()
    expect(list.result.current.rows.row(0)?.name).toBe('赵敏')
    list.unmount()
  })

  it('still opens, with the built-in layout, when the data file cannot answer', async () => {
    closeBackend()
    await loadListSetup()
    expect(store()).toMatchObject({ ready: true, savedView: null, columns: [...DEFAULT_COLUMNS] })
  })
})

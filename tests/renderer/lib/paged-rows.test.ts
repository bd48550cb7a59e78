import { describe, expect, it } from 'vitest'
import { PagedRows, type RowWindow } from '../../../src-renderer/src/lib/paged-rows'

/** A list of `total` numbers served in windows, recording each request like a server would see it. */
function server(total: number) {
  const requests: [number, number][] = []
  let shift = 0
  const fetch = async (offset: number, limit: number): Promise<RowWindow<number>> => {
    requests.push([offset, limit])
    const rows = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i + shift)
    return { rows, total }
  }
  return { fetch, requests, change: (by: number) => (shift = by) }
}

describe('PagedRows', () => {
  it('fetches only the pages covering the requested range, once each', async () => {
    const s = server(1000)
    const rows = new PagedRows(s.fetch, { pageSize: 100 })
    await rows.ensure(150, 260)
    expect(s.requests).toEqual([
      [100, 100],
      [200, 100],
    ])
    expect(rows.getSnapshot().total).toBe(1000)
    expect(rows.row(150)).toBe(150)
    expect(rows.row(260)).toBe(260)
    expect(rows.row(50)).toBeUndefined()
    await rows.ensure(180, 220)
    expect(s.requests).toHaveLength(2)
  })

  it('shows a first page answered before it was made without asking for it again, and refreshes it on a change', async () => {
    const s = server(1000)
    const rows = new PagedRows(s.fetch, { pageSize: 100, firstPage: { rows: [7, 8, 9], total: 3 } })
    expect(rows.getSnapshot()).toMatchObject({ total: 3, error: null })
    expect(rows.row(1)).toBe(8)
    await rows.ensure(0, 2)
    expect(s.requests).toEqual([])
    await rows.invalidate()
    expect(s.requests).toEqual([[0, 100]])
    expect(rows.row(1)).toBe(1)
  })

  it('drops the pages farthest from where the user is when over its budget', async () => {
    const s = server(10_000)
    const rows = new PagedRows(s.fetch, { pageSize: 100, maxPages: 3 })
    for (const start of [0, 100, 200, 300, 900]) await rows.ensure(start, start + 50)
    expect(rows.row(0)).toBeUndefined()
    expect(rows.row(900)).toBe(900)
    await rows.ensure(0, 10)
    expect(s.requests.at(-1)).toEqual([0, 100])
  })

  it('invalidate() reloads the visible pages and keeps showing old rows until they arrive', async () => {
    const s = server(500)
    const rows = new PagedRows(s.fetch, { pageSize: 100 })
    await rows.ensure(0, 30)
    s.change(1000)
    const reload = rows.invalidate()
    expect(rows.row(5)).toBe(5) // still the old row: no flash of empty while refreshing
    await reload
    expect(rows.row(5)).toBe(1005)
  })

  it('ignores an answer that arrives after the list was invalidated', async () => {
    let release: (() => void) | undefined
    let calls = 0
    const rows = new PagedRows<string>(async () => {
      calls++
      if (calls === 1) await new Promise<void>((resolve) => (release = resolve))
      return { rows: [calls === 1 ? 'stale' : 'fresh'], total: 1 }
    })
    const first = rows.ensure(0, 0)
    const second = rows.invalidate()
    await second
    release?.()
    await first
    expect(rows.row(0)).toBe('fresh')
  })
})

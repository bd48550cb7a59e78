import { describe, expect, it } from 'vitest'
import { id, ids, isoDate, isoDateTime, isoDateTimeWithOffset, limit, paging, sortBy } from '../../src-shared/ipc/schemas'
import { contract } from '../../src-shared/ipc'

const accepts = (schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): boolean =>
  schema.safeParse(value).success

describe('the shared input pieces: one meaning per name', () => {
  it('dates: a day, a stored UTC instant, and an instant with any offset', () => {
    expect(accepts(isoDate, '2026-03-02')).toBe(true)
    expect(accepts(isoDate, '2026-02-30')).toBe(false)
    expect(accepts(isoDateTime, '2026-03-02T01:00:00.000Z')).toBe(true)
    expect(accepts(isoDateTime, '2026-03-02T09:00:00+08:00')).toBe(false)
    expect(accepts(isoDateTimeWithOffset, '2026-03-02T09:00:00+08:00')).toBe(true)
    expect(accepts(isoDateTimeWithOffset, '2026-03-02T01:00:00Z')).toBe(true)
    expect(accepts(isoDateTimeWithOffset, '2026-03-02 09:00')).toBe(false)
  })

  it('ids: positive integers, one to 10,000 at a time', () => {
    expect(accepts(id, 1)).toBe(true)
    for (const bad of [0, -1, 1.5, '1']) expect(accepts(id, bad)).toBe(false)
    expect(accepts(ids, [])).toBe(false)
    expect(
      accepts(
        ids,
        Array.from({ length: 10_000 }, (_, i) => i + 1),
      ),
    ).toBe(true)
    expect(
      accepts(
        ids,
        Array.from({ length: 10_001 }, (_, i) => i + 1),
      ),
    ).toBe(false)
  })

  it('paging and sorting', () => {
    const page = paging(50, 1000)
    expect(accepts(page.offset, 0) && accepts(page.offset, 1000)).toBe(true)
    expect(accepts(page.offset, -1) || accepts(page.offset, 1001)).toBe(false)
    expect(accepts(limit(20), 20) && !accepts(limit(20), 21) && !accepts(limit(20), 0)).toBe(true)
    const sort = sortBy(['name', 'city'])
    expect(accepts(sort, { column: 'city', dir: 'desc' })).toBe(true)
    expect(accepts(sort, { column: 'phone', dir: 'asc' })).toBe(false)
    expect(accepts(sort, { column: 'name', dir: 'up' })).toBe(false)
  })

  it('are what the channels use', () => {
    expect(
      accepts(contract['activities.add'].input, { customerId: 1, kind: 'note', body: 'x', at: '2026-03-02T09:00:00+08:00' }),
    ).toBe(true)
    expect(accepts(contract['customers.delete'].input, { ids: [] })).toBe(false)
    expect(accepts(contract['csv.undo'].input, { importId: 0 })).toBe(false)
  })
})

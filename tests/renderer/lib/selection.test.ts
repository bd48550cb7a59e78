import { describe, expect, it } from 'vitest'
import { emptySelection, extendTo, isSelected, selectAll, selectedCount, toggle } from '../../../src-renderer/src/lib/selection'

const ids = [10, 11, 12, 13, 14, 15]
const idAt = (index: number): number | undefined => ids[index]

describe('selection', () => {
  it('ticks and unticks one row, which becomes the anchor', () => {
    const one = toggle(emptySelection<number>(), 2, 12)
    expect([...one.ids]).toEqual([12])
    expect(one.anchor).toBe(2)
    expect(isSelected(one, 12)).toBe(true)
    expect(isSelected(toggle(one, 2, 12), 12)).toBe(false)
  })

  it('extends from the anchor over loaded rows, skipping rows still loading', () => {
    const loading = (index: number): number | undefined => (index === 3 ? undefined : idAt(index))
    const range = extendTo(toggle(emptySelection<number>(), 1, 11), 4, loading)
    expect([...range.ids].sort()).toEqual([11, 12, 14])
    expect(range.anchor).toBe(1)
  })

  it('"all" is a mode: every row of the query minus the unticked ones', () => {
    const all = toggle(selectAll<number>(), 0, 10)
    expect(isSelected(all, 10)).toBe(false)
    expect(isSelected(all, 99_999)).toBe(true)
    expect(selectedCount(all, 100_000)).toBe(99_999)
    // Shift-click in "all" mode ticks the range again, the unticked row included.
    expect(selectedCount(extendTo(all, 3, idAt), 100_000)).toBe(100_000)
  })
})

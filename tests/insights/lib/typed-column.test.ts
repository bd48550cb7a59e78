import { describe, expect, it } from 'vitest'
import { TypedColumn, float64Column } from '../../../src-main/insights/lib/typed-column'

describe('TypedColumn', () => {
  it('keeps every value pushed while it grows, and trims to them', () => {
    const column = new TypedColumn(Int32Array, 2)
    for (let i = 0; i < 1000; i++) column.push(i * 7)
    const values = column.done()
    expect(values).toBeInstanceOf(Int32Array)
    expect(column.length).toBe(1000)
    expect(Array.from(values)).toEqual(Array.from({ length: 1000 }, (_, i) => i * 7))
  })

  it('is empty until something is pushed', () => {
    const column = float64Column()
    expect(column.done()).toEqual(new Float64Array(0))
    column.push(Number.NaN)
    expect(Number.isNaN(column.done()[0])).toBe(true)
  })
})

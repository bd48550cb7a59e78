import { describe, expect, it } from 'vitest'
import { presetRange, previousRange } from '../../../src-renderer/src/features/dashboard/period/presets'

// Saturday 5 December 2026, mid-afternoon local time.
const now = new Date(2026, 11, 5, 15, 30)

describe('dashboard period presets', () => {
  it.each([
    ['today', '2026-12-05', '2026-12-05'],
    ['thisWeek', '2026-11-30', '2026-12-05'],
    ['thisMonth', '2026-12-01', '2026-12-05'],
    ['lastMonth', '2026-11-01', '2026-11-30'],
    ['thisQuarter', '2026-10-01', '2026-12-05'],
    ['thisYear', '2026-01-01', '2026-12-05'],
    ['last12Months', '2025-12-06', '2026-12-05'],
  ] as const)('%s covers %s to %s', (preset, from, to) => {
    expect(presetRange(preset, now)).toEqual({ from, to })
  })

  it('compares with the same number of days just before', () => {
    expect(previousRange({ from: '2026-12-01', to: '2026-12-05' })).toEqual({ from: '2026-11-26', to: '2026-11-30' })
    expect(previousRange({ from: '2026-11-01', to: '2026-11-30' })).toEqual({ from: '2026-10-02', to: '2026-10-31' })
    // A leap day inside the period counts as a day.
    expect(previousRange({ from: '2028-02-28', to: '2028-03-01' })).toEqual({ from: '2028-02-25', to: '2028-02-27' })
  })
})

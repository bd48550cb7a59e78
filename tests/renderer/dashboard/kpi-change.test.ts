import { describe, expect, it } from 'vitest'
import type { KpiValue } from '../../../src-shared/domain/dashboard-types'
import { kpiChange } from '../../../src-renderer/src/features/dashboard/tiles/kpi-change'

const v = (value: number): KpiValue => ({ value, basis: null, reason: null })
const none = (reason: 'noOrders' | 'currentOnly'): KpiValue => ({ value: null, basis: 0, reason })

describe('KPI change against the previous period', () => {
  it('amounts and counts change in percent of the previous figure', () => {
    expect(kpiChange('money', v(12_000), v(10_000))).toEqual({ direction: 'up', scale: 'percent', ratio: 0.2 })
    expect(kpiChange('count', v(75), v(100))).toEqual({ direction: 'down', scale: 'percent', ratio: 0.25 })
    expect(kpiChange('count', v(100), v(100))).toEqual({ direction: 'same', scale: 'percent', ratio: 0 })
  })

  it('a change that rounds to 0.0 % reads as no change', () => {
    expect(kpiChange('money', v(1_000_001), v(1_000_000))).toEqual({ direction: 'same', scale: 'percent', ratio: 0 })
  })

  it('shares change in percentage points, CSAT and NPS in points of their own scale', () => {
    expect(kpiChange('share', v(0.45), v(0.42))).toEqual({ direction: 'up', scale: 'points', points: 3 })
    expect(kpiChange('csat', v(80), v(86.25))).toEqual({ direction: 'down', scale: 'points', points: 6.3 })
    expect(kpiChange('nps', v(-10), v(-30))).toEqual({ direction: 'up', scale: 'points', points: 20 })
  })

  it('has no change where a figure is missing, with the missing one’s reason, or from a previous zero', () => {
    expect(kpiChange('money', none('noOrders'), v(10))).toEqual({ direction: null, reason: 'noOrders' })
    expect(kpiChange('money', v(10), none('currentOnly'))).toEqual({ direction: null, reason: 'currentOnly' })
    expect(kpiChange('count', v(5), v(0))).toEqual({ direction: null, reason: 'fromZero' })
    expect(kpiChange('count', v(0), v(0))).toEqual({ direction: 'same', scale: 'percent', ratio: 0 })
  })
})

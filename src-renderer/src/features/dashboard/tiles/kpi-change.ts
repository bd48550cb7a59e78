import type { KpiMissingReason, KpiValue } from '../../../../../src-shared/domain/dashboard-types'
import type { KpiKind } from './kpi-kinds'

export type KpiChange =
  | { direction: 'up' | 'down' | 'same'; scale: 'percent'; ratio: number }
  | { direction: 'up' | 'down' | 'same'; scale: 'points'; points: number }
  /** No change to show: a figure is missing, or a percent of a previous zero. */
  | { direction: null; reason: KpiMissingReason | 'fromZero' }

const direction = (delta: number): 'up' | 'down' | 'same' => (delta > 0 ? 'up' : delta < 0 ? 'down' : 'same')
/** To the one decimal shown, so a change that reads "0" is "no change", not an arrow. */
const tenths = (value: number): number => (Math.sign(value) * Math.round(Math.abs(value) * 10)) / 10

function points(delta: number): KpiChange {
  const shown = tenths(delta)
  return { direction: direction(shown), scale: 'points', points: Math.abs(shown) }
}

/**
 * The change against the previous period: amounts and counts in percent of the previous figure,
 * a share in percentage points (0.42 → 0.45 is 3 points), CSAT and NPS in points of their scale.
 */
export function kpiChange(kind: KpiKind, current: KpiValue, previous: KpiValue): KpiChange {
  if (current.reason !== null) return { direction: null, reason: current.reason }
  if (previous.reason !== null) return { direction: null, reason: previous.reason }
  const delta = current.value - previous.value
  if (kind === 'share') return points(delta * 100)
  if (kind === 'csat' || kind === 'nps') return points(delta)
  if (previous.value === 0)
    return delta === 0 ? { direction: 'same', scale: 'percent', ratio: 0 } : { direction: null, reason: 'fromZero' }
  const percent = tenths((delta / previous.value) * 100)
  return { direction: direction(percent), scale: 'percent', ratio: Math.abs(percent) / 100 }
}

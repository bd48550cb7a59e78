import { create } from 'zustand'
import type { DayRange, TrendBucket } from '../../../../../src-shared/domain/dashboard-types'
import { presetRange, previousRange, type PeriodPreset } from './presets'

interface PeriodState {
  preset: PeriodPreset
  /** The days every tile and chart of the dashboard reads, both included. */
  range: DayRange
  /** The trend's bucket the owner chose; null: the default for the period's length. */
  bucket: TrendBucket | null
  /** A preset's days on today's date. */
  choosePreset(preset: Exclude<PeriodPreset, 'custom'>): void
  /** Two dates of one's own (kept in order). */
  chooseRange(range: DayRange): void
  chooseBucket(bucket: TrendBucket): void
}

/**
 * The dashboard's one date range. A store, not page state, so that coming back from a
 * drill-down list finds the dashboard as it was left. A new period goes back to its default bucket.
 */
export const useDashboardPeriod = create<PeriodState>()((set) => ({
  preset: 'thisMonth',
  range: presetRange('thisMonth'),
  bucket: null,
  choosePreset: (preset) => set({ preset, range: presetRange(preset), bucket: null }),
  chooseRange: ({ from, to }) =>
    set({ preset: 'custom', range: from <= to ? { from, to } : { from: to, to: from }, bucket: null }),
  chooseBucket: (bucket) => set({ bucket }),
}))

/** The chosen period and the previous one of the same length. */
export function usePeriodWithComparison(): { range: DayRange; previous: DayRange } {
  const range = useDashboardPeriod((s) => s.range)
  return { range, previous: previousRange(range) }
}

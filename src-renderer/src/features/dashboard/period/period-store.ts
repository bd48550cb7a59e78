import { create } from 'zustand'
import type { DayRange } from '../../../../../src-shared/domain/dashboard-types'
import { presetRange, previousRange, type PeriodPreset } from './presets'

interface PeriodState {
  preset: PeriodPreset
  /** The days every tile and chart of the dashboard reads, both included. */
  range: DayRange
  /** A preset's days on today's date. */
  choosePreset(preset: Exclude<PeriodPreset, 'custom'>): void
  /** Two dates of one's own (kept in order). */
  chooseRange(range: DayRange): void
}

/**
 * The dashboard's one date range. A store, not page state, so that coming back from a
 * drill-down list finds the dashboard as it was left.
 */
export const useDashboardPeriod = create<PeriodState>()((set) => ({
  preset: 'thisMonth',
  range: presetRange('thisMonth'),
  choosePreset: (preset) => set({ preset, range: presetRange(preset) }),
  chooseRange: ({ from, to }) => set({ preset: 'custom', range: from <= to ? { from, to } : { from: to, to: from } }),
}))

/** The chosen period and the previous one of the same length. */
export function usePeriodWithComparison(): { range: DayRange; previous: DayRange } {
  const range = useDashboardPeriod((s) => s.range)
  return { range, previous: previousRange(range) }
}

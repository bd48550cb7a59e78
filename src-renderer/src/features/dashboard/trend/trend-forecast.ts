import type { ForecastResult } from '../../../../../src-shared/domain/analytics'

export type ForecastPoint = ForecastResult['forecast'][number]

/**
 * The forecast months that follow a period ending in `lastMonth` (`YYYY-MM`). The forecast starts
 * the month after the last complete one, so a period ending this month keeps its own actual
 * month and continues with the next; a period ending earlier than last month gets none (`later`:
 * there would be a gap of unknown months between them).
 */
export function forecastAfter(forecast: ForecastPoint[], lastMonth: string): { points: ForecastPoint[]; later: boolean } {
  const first = forecast[0]
  if (!first) return { points: [], later: false }
  if (first.month > nextMonth(lastMonth)) return { points: [], later: true }
  return { points: forecast.filter((p) => p.month > lastMonth), later: false }
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

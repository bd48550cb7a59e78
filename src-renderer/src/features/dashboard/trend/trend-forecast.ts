import type { ForecastResult } from '../../../../../src-shared/domain/analytics'

export type ForecastPoint = ForecastResult['forecast'][number]

/**
 * The forecast months that follow a period ending in `lastMonth` (`YYYY-MM`). The forecast starts
 * the month after the last complete one, so a period ending this month keeps its own actual
 * month and continues with the next; a period ending earlier than last month gets none (`later`:
 * there would be a gap of unknown months between them). `partial`: the period's last month is
 * still running, so its low figure is not where the forecast starts from.
 */
export function forecastAfter(
  forecast: ForecastPoint[],
  lastMonth: string,
): { points: ForecastPoint[]; later: boolean; partial: boolean } {
  const first = forecast[0]
  if (!first) return { points: [], later: false, partial: false }
  if (first.month > nextMonth(lastMonth)) return { points: [], later: true, partial: false }
  // A forecast for the period's last month: that month is not complete yet.
  return { points: forecast.filter((p) => p.month > lastMonth), later: false, partial: first.month <= lastMonth }
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number)
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`
}

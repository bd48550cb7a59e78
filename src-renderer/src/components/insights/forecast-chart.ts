import type { ForecastResult } from '../../../../src-shared/domain/analytics'
import type { ChartOption } from '../chart/chart'
import { currencyDigits } from '../../lib/format'
import type { Formatters } from '../../lib/use-format'

/**
 * Revenue before and after "now": the history as a line, the forecast dashed, the 95 % interval
 * as a band (lower bound + stacked width). A history point's `month` is its axis label — a month,
 * or a day or week of the dashboard's trend; `forecast` may be empty (a trend by day or week).
 */
export function forecastChart(
  data: Pick<ForecastResult, 'history' | 'forecast'>,
  historyName: string,
  forecastName: string,
  f: Formatters,
  /** Draw the forecast on from the last actual point; not when that point is a month still running. */
  join = true,
): ChartOption {
  const scale = 10 ** currencyDigits(f.currency)
  const major = (minor: number): number => minor / scale
  const months = [...data.history.map((h) => h.month), ...data.forecast.map((p) => p.month)]
  const pad = (values: number[], before: number): (number | null)[] => [...Array<null>(before).fill(null), ...values]
  const gap = data.history.length
  const lastActual = data.history.at(-1)
  return {
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    legend: { top: 0, left: 'center', data: data.forecast.length ? [historyName, forecastName] : [historyName] },
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const i = (Array.isArray(params) ? params[0] : params).dataIndex
        if (i < gap) return `${months[i]}<br/>${historyName}: ${f.money(data.history[i].revenue)}`
        const p = data.forecast[i - gap]
        return `${months[i]}<br/>${forecastName}: ${f.money(p.mean)} (${f.money(p.lower)} – ${f.money(p.upper)})`
      },
    },
    xAxis: { type: 'category', data: months, boundaryGap: false },
    // Whole units on the axis: labels are rounded, so finer ticks (an empty period's 0.2, 0.4) would read 0, 0, 1.
    yAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (v: number) => f.number(v, 0) } },
    series: [
      // A lone point (a one-day period) would be invisible without its symbol.
      { name: historyName, type: 'line', showSymbol: gap < 2, data: data.history.map((h) => major(h.revenue)) },
      ...(data.forecast.length === 0
        ? []
        : ([
            {
              name: forecastName,
              type: 'line',
              lineStyle: { type: 'dashed' },
              // Starts at the last actual month so the two lines join.
              data: join
                ? pad([lastActual ? major(lastActual.revenue) : 0, ...data.forecast.map((p) => major(p.mean))], gap - 1)
                : pad(
                    data.forecast.map((p) => major(p.mean)),
                    gap,
                  ),
            },
            {
              type: 'line',
              stack: 'band',
              silent: true,
              showSymbol: false,
              lineStyle: { opacity: 0 },
              data: pad(
                data.forecast.map((p) => major(p.lower)),
                gap,
              ),
            },
            {
              type: 'line',
              stack: 'band',
              silent: true,
              showSymbol: false,
              lineStyle: { opacity: 0 },
              areaStyle: { opacity: 0.2 },
              data: pad(
                data.forecast.map((p) => major(p.upper - p.lower)),
                gap,
              ),
            },
          ] as const)),
    ],
  }
}

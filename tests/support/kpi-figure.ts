import { formatMoney, formatNumber, formatPercent } from '../../src-renderer/src/lib/format'
import type { DashboardKpiKey } from '../../src-shared/domain/dashboard-types'
import type { Locale } from '../../src-shared/i18n'

const MONEY: readonly DashboardKpiKey[] = ['revenue', 'averageOrderValue', 'pipelineOpen', 'pipelineWeighted']

/**
 * A tile's figure as the tests expect to read it, from the channel's value: money by locale and
 * currency, shares and CSAT as percents, NPS signed with one decimal, counts whole.
 */
export function expectedKpiFigure(kpi: DashboardKpiKey, value: number, locale: Locale, currency = 'CNY'): string {
  if (MONEY.includes(kpi)) return formatMoney(value, locale, currency)
  if (kpi === 'returningShare') return formatPercent(value, locale)
  if (kpi === 'csat') return formatPercent(value / 100, locale)
  if (kpi === 'nps') return `${value > 0 ? '+' : ''}${formatNumber(value, locale, 1)}`
  return formatNumber(value, locale, 0)
}

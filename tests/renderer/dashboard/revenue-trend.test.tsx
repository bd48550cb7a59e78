// @vitest-environment happy-dom
import { differenceInCalendarDays, format, parseISO } from 'date-fns'
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { generateShop } from '../../../src-main/seed/generate-shop'
import { useDashboardPeriod } from '../../../src-renderer/src/features/dashboard/period/period-store'
import { defaultBucket } from '../../../src-renderer/src/features/dashboard/trend/default-bucket'
import { RevenueTrend } from '../../../src-renderer/src/features/dashboard/trend/revenue-trend'
import { forecastAfter } from '../../../src-renderer/src/features/dashboard/trend/trend-forecast'
import { formatMoney, formatNumber, formatShortDate } from '../../../src-renderer/src/lib/format'
import type { ForecastResult } from '../../../src-shared/domain/analytics'
import type { DashboardTrend } from '../../../src-shared/domain/dashboard-types'
import { resources } from '../../../src-shared/i18n'
import { closeBackend, openBackend, seed } from '../support/real-bridge'
import { renderKit } from '../support/render-kit'

beforeEach(() => void openBackend())
afterEach(() => {
  cleanup()
  closeBackend()
})

const en = resources.en.dashboard.trend
const described = async (): Promise<string> => {
  const box = (await screen.findByRole('region', { name: en.title })).querySelector('.chart__box')!
  await waitFor(() => expect(box.getAttribute('aria-label')).toBeTruthy())
  return box.getAttribute('aria-label')!
}
const totalOf = (trend: DashboardTrend): number => trend.points.reduce((sum, p) => sum + p.revenue, 0)

describe('revenue trend', () => {
  it('defaults to days up to a month, weeks up to six months, else months', () => {
    expect(defaultBucket({ from: '2026-12-01', to: '2026-12-31' })).toBe('day')
    expect(defaultBucket({ from: '2026-12-01', to: '2027-01-01' })).toBe('week')
    expect(defaultBucket({ from: '2026-07-01', to: '2026-12-31' })).toBe('week')
    expect(defaultBucket({ from: '2026-07-01', to: '2027-01-01' })).toBe('month')
    expect(defaultBucket({ from: '2025-12-06', to: '2026-12-05' })).toBe('month')
  })

  it('continues a period with the forecast months after it, none when a gap would lie between', () => {
    const point = (month: string) => ({ month, mean: 1, lower: 0, upper: 2 })
    const forecast = ['2026-12', '2027-01', '2027-02'].map(point)
    // The period ends this month: its actual month stays, the forecast goes on from the next.
    expect(forecastAfter(forecast, '2026-12')).toEqual({ points: forecast.slice(1), later: false, partial: true })
    // The period ends last month: all of it follows.
    expect(forecastAfter(forecast, '2026-11')).toEqual({ points: forecast, later: false, partial: false })
    expect(forecastAfter(forecast, '2026-09')).toEqual({ points: [], later: true, partial: false })
  })

  it('names the period’s revenue as dashboard.trend answers it, by the bucket chosen', async () => {
    generateShop(openBackend().db, { customers: 300, orders: 3000, seed: 3, locale: 'en' })
    // January of this year, so its days are named without a year, as this year's are.
    const year = new Date().getFullYear()
    const range = { from: `${year}-01-01`, to: `${year}-01-31` }
    const days = differenceInCalendarDays(parseISO(range.to), parseISO(range.from)) + 1
    const named = `${formatShortDate(range.from, 'en')} – ${formatShortDate(range.to, 'en')}`
    useDashboardPeriod.getState().chooseRange(range)
    await renderKit(<RevenueTrend />)
    const byDay = await seed<DashboardTrend>('dashboard.trend', { ...range, bucket: 'day' })
    expect(byDay.points).toHaveLength(days)
    const peak = byDay.points.reduce((a, b) => (b.revenue > a.revenue ? b : a))
    const orders = byDay.points.reduce((sum, p) => sum + p.orders, 0)
    const text = await described()
    expect(text).toContain(
      `revenue per day, ${named}: ${formatMoney(totalOf(byDay), 'en')} from ${formatNumber(orders, 'en')} orders`,
    )
    expect(text).toContain(`highest ${formatMoney(peak.revenue, 'en')}`)

    fireEvent.click(within(screen.getByRole('radiogroup', { name: en.bucket })).getByLabelText(en.buckets.week))
    await waitFor(async () => expect(await described()).toContain(`revenue per week, ${named}`))
    const byWeek = await seed<DashboardTrend>('dashboard.trend', { ...range, bucket: 'week' })
    expect(await described()).toContain(formatMoney(totalOf(byWeek), 'en'))
    expect(useDashboardPeriod.getState().bucket).toBe('week')
  })

  it('by month goes on with the forecast and its 95 % interval after the period', async () => {
    generateShop(openBackend().db, { customers: 300, orders: 4000, seed: 4, locale: 'en' })
    useDashboardPeriod.getState().choosePreset('last12Months')
    await renderKit(<RevenueTrend />)
    const forecast = await seed<ForecastResult>('analytics.forecast', { months: 6, model: 'auto' })
    const thisMonth = format(new Date(), 'yyyy-MM')
    const next = forecast.forecast.find((p) => p.month > thisMonth)!
    await waitFor(async () =>
      expect(await described()).toContain(
        `Forecast for ${next.month}: ${formatMoney(next.mean, 'en')}, 95 % interval ${formatMoney(next.lower, 'en')} to ${formatMoney(next.upper, 'en')}.`,
      ),
    )
    expect(screen.getByText(/^Revenue per month and the next \d months$/)).toBeTruthy()
  })
})

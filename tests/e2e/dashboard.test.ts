import { format } from 'date-fns'
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import { presetRange } from '../../src-renderer/src/features/dashboard/period/presets'
import { formatMoney, formatNumber, formatPercent } from '../../src-renderer/src/lib/format'
import type {
  CampaignsResult,
  ChurnResult,
  ClustersResult,
  ForecastResult,
  FunnelResult,
  RfmResult,
  ServiceResult,
} from '../../src-shared/domain/analytics'
import type { DashboardTrend } from '../../src-shared/domain/dashboard-types'
import type { Task } from '../../src-shared/domain/task-types'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import type { Harness } from './support/harness'
import { seededShop } from './support/seeded-shop'

const en = resources.en.dashboard

/**
 * The dashboard in Chromium over the real handlers on a seeded shop: every chart's accessible
 * description (ECharts aria, what a screen reader reads) names the figures its channel answers,
 * and "Create follow-up" on the churn list makes the task in one click.
 */
describe.skipIf(noBrowserReason)('dashboard: charts that say their figures, churn follow-up', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-dashboard-',
    locale: 'en',
    fill: (db) => {
      generateShop(db, { customers: 600, orders: 4000, tickets: 200, seed: 5, locale: 'en' })
    },
  })
  let harness: Harness
  let page: Page
  let problems: string[]
  let currency: string
  beforeAll(async () => {
    harness = shop.harness
    currency = (await harness.invoke<{ currency: string }>('settings.get', {})).currency
    ;({ page, problems } = await openApp(shop.browser, harness.url, 'en-US'))
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard' }).click()
  })

  const money = (minor: number): string => formatMoney(minor, 'en', currency)
  const number = (value: number, digits?: number): string => formatNumber(value, 'en', digits)
  /** The accessible description of the chart in the card titled `title`, once drawn. */
  const described = async (title: string): Promise<string> => {
    const box = page.getByRole('region', { name: title }).locator('.chart__box')
    await expect.poll(() => box.getAttribute('aria-label'), { timeout: 30_000 }).toBeTruthy()
    return (await box.getAttribute('aria-label'))!
  }

  it('the revenue trend by month names the period’s revenue and, after it, the next month’s forecast with its interval', async () => {
    await page.getByLabel(resources.en.dashboard.period.label).selectOption('last12Months')
    const range = presetRange('last12Months')
    const trend = await harness.invoke<DashboardTrend>('dashboard.trend', { ...range, bucket: 'month' })
    const data = await harness.invoke<ForecastResult>('analytics.forecast', { months: 6, model: 'auto' })
    const next = data.forecast.find((p) => p.month > range.to.slice(0, 7))!
    await expect
      .poll(() => described(en.trend.title), { timeout: 30_000 })
      .toContain(`Forecast for ${next.month}: ${money(next.mean)}, 95 % interval ${money(next.lower)} to ${money(next.upper)}.`)
    const text = await described(en.trend.title)
    expect(text).toContain(`Line chart of revenue per month`)
    expect(text).toContain(`${money(trend.points.reduce((sum, p) => sum + p.revenue, 0))} from`)
  })

  it('the funnel, RFM, clusters, campaigns and service charts name the channel’s figures for the period', async () => {
    // The period chosen in the test before (last 12 months); every card asks for it.
    const range = presetRange('last12Months')
    const funnel = await harness.invoke<FunnelResult>('analytics.funnel', range)
    const funnelText = await described(en.funnel.title)
    for (const s of funnel.stages) expect(funnelText).toContain(`${s.name} ${number(s.reached)}`)

    const rfm = await harness.invoke<RfmResult>('analytics.rfm', { asOf: range.to })
    const rfmText = await described(en.rfm.title)
    for (const s of rfm.segments)
      expect(rfmText).toContain(`${resources.en.analytics.rfm.segments[s.key].name} ${number(s.customers)}`)

    const clusters = await harness.invoke<ClustersResult>('analytics.clusters', { k: 4, ...range })
    const clustersText = await described(en.clusters.title)
    clusters.clusters.forEach((c, i) => expect(clustersText).toContain(`Group ${i + 1}: ${number(c.size)} customers`))

    const campaigns = await harness.invoke<CampaignsResult>('analytics.campaigns', range)
    expect(campaigns.campaigns.length).toBeGreaterThan(0)
    const campaignsText = await described(en.campaigns.title)
    for (const c of campaigns.campaigns)
      expect(campaignsText).toContain(`${c.name} ${c.roi === null ? en.campaigns.free : formatPercent(c.roi, 'en')}`)

    const service = await harness.invoke<ServiceResult>('analytics.service', range)
    const serviceText = await described(en.service.title)
    expect(serviceText).toContain(`${number(service.tickets.opened)} tickets opened`)
    expect(serviceText).toContain(`from ${number(service.csat.responses)} answers`)
    expect(problems).toEqual([])
  })

  it('"Create follow-up" on the riskiest customer makes a task on that customer, due today', async () => {
    const churn = await harness.invoke<ChurnResult>('analytics.churn', { windowDays: 180, limit: 10 })
    const card = page.getByRole('region', { name: en.churn.title })
    const rows = card.locator('tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(churn.customers.length)
    const first = churn.customers[0]
    expect(await rows.first().getByRole('rowheader').textContent()).toBe(first.name)
    await rows.first().getByRole('button', { name: en.churn.createFollowUp }).click()
    await expect.poll(() => rows.first().getByRole('status').textContent()).toBe(en.churn.created)
    const tasks = await harness.invoke<{ open: Task[] }>('tasks.list', { link: { kind: 'customer', id: first.id } })
    const made = tasks.open.filter((task) => task.title.startsWith('Win back'))
    expect(made.map((task) => task.title)).toEqual([
      `Win back ${first.name} (${formatPercent(first.probability, 'en')} churn risk)`,
    ])
    expect(made[0].due).toEqual({ kind: 'day', date: format(new Date(), 'yyyy-MM-dd') })
    expect(problems).toEqual([])
  })
})

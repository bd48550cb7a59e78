import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import { presetRange, previousRange } from '../../src-renderer/src/features/dashboard/period/presets'
import { formatDate, formatShortDate } from '../../src-renderer/src/lib/format'
import { DASHBOARD_KPIS, type DashboardKpis, type DayRange } from '../../src-shared/domain/dashboard-types'
import { resources } from '../../src-shared/i18n'
import { expectedKpiFigure } from '../support/kpi-figure'
import { noBrowserReason, openApp } from './support/browser'
import type { Harness } from './support/harness'
import { seededShop } from './support/seeded-shop'

const en = resources.en.dashboard

/**
 * The dashboard's one period in Chromium over the real handlers on a seeded shop: choosing a
 * preset or two dates changes every tile to what `dashboard.kpis` answers for that period (asked
 * here through the harness), and the comparison period is named in words.
 */
describe.skipIf(noBrowserReason)('dashboard: one period for every tile', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-dashboard-period-',
    locale: 'en',
    fill: (db) => {
      generateShop(db, { customers: 500, orders: 4000, tickets: 300, seed: 13, locale: 'en' })
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

  const tiles = (): Promise<string[]> =>
    Promise.all(
      DASHBOARD_KPIS.map(
        async (kpi) =>
          (await page.getByRole('group', { name: en.kpis.labels[kpi], exact: true }).locator('.kpi-tile__value').textContent()) ??
          '',
      ),
    )
  /** What every tile must read for `range`, from the channel, formatted here. */
  const expected = async (range: DayRange): Promise<string[]> => {
    const answer = await harness.invoke<DashboardKpis>('dashboard.kpis', range)
    return DASHBOARD_KPIS.map((kpi) => {
      const { current } = answer.kpis[kpi]
      return current.value === null ? en.kpis.missing : expectedKpiFigure(kpi, current.value, 'en', currency)
    })
  }
  /** Days of this year without the year; otherwise whole dates. */
  const comparison = (range: DayRange): string => {
    const previous = previousRange(range)
    const thisYear = String(new Date().getFullYear())
    const day = (d: string): string =>
      previous.from.startsWith(thisYear) && previous.to.startsWith(thisYear) ? formatShortDate(d, 'en') : formatDate(d, 'en')
    return `Compared with ${day(previous.from)} – ${day(previous.to)}`
  }

  it('a preset changes every tile to the figures of its period, and names the comparison', async () => {
    const thisMonth = presetRange('thisMonth')
    const before = await expected(thisMonth)
    await expect.poll(tiles, { timeout: 30_000 }).toEqual(before)

    const lastMonth = presetRange('lastMonth')
    await page.getByLabel(en.period.label, { exact: true }).selectOption('lastMonth')
    const after = await expected(lastMonth)
    await expect.poll(tiles, { timeout: 30_000 }).toEqual(after)
    // Every figure of the period moved (the open pipeline and open tickets are of now, whatever the period).
    const ofNow = new Set(['pipelineOpen', 'pipelineWeighted', 'openTickets'])
    DASHBOARD_KPIS.forEach((kpi, i) => {
      if (!ofNow.has(kpi)) expect(after[i], kpi).not.toBe(before[i])
    })
    expect(await page.getByText(/^Compared with /).textContent()).toBe(comparison(lastMonth))
    expect(problems).toEqual([])
  })

  it('two dates of one’s own make the period; the tiles and the comparison follow', async () => {
    // Last year's spring: always past, always in the seeded history.
    const year = new Date().getFullYear() - 1
    const custom = { from: `${year}-03-01`, to: `${year}-04-15` }
    await page.getByLabel(en.period.from, { exact: true }).fill(custom.from)
    await page.getByLabel(en.period.to, { exact: true }).fill(custom.to)
    expect(await page.getByLabel(en.period.label, { exact: true }).inputValue()).toBe('custom')
    await expect.poll(tiles, { timeout: 30_000 }).toEqual(await expected(custom))
    expect(await page.getByText(/^Compared with /).textContent()).toBe(comparison(custom))
    // A tile's change is in words beside its arrow.
    const revenue = page.getByRole('group', { name: en.kpis.labels.revenue, exact: true })
    expect(await revenue.locator('.kpi-tile__change').textContent()).toMatch(/^(▲ up|▼ down) [\d.]+%$|^= no change$/)
    expect(problems).toEqual([])
  })
})

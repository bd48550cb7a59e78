import { join } from 'node:path'
import type { Browser, Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { formatNumber } from '../../src-renderer/src/lib/format'
import type { FunnelResult, RfmResult, ServiceResult } from '../../src-shared/domain/analytics'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { presetRange } from '../../src-renderer/src/features/dashboard/period/presets'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import * as marks from './support/chart-marks'
import { startHarness, type Harness } from './support/harness'

const en = resources.en

/**
 * Drill-down in Chromium over the real handlers on a seeded shop: a click on a funnel bar or a
 * CSAT bar (found on the canvas where ECharts shows the pointer), and a segment or an NPS group
 * opened from the keyboard, each open a list whose count equals the mark's value; Back returns to
 * the dashboard as it was left.
 */
describe.skipIf(noBrowserReason)('dashboard drill-down: from a mark to the records behind it', () => {
  const temp = makeTempDir('kehu-e2e-drill-')
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 500, orders: 3000, tickets: 150, seed: 9, locale: 'en', openDeals: 80 })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard' }).click()
    // Every card follows the page's period: the last 12 months hold most of the seeded history.
    await page.getByLabel(en.dashboard.period.label, { exact: true }).selectOption('last12Months')
  })
  const range = presetRange('last12Months')
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  const chartBox = (title: string) => marks.chartBox(page, title)
  const description = (title: string): Promise<string> => marks.chartDescription(page, title)
  const chip = () => page.locator('.drill-chip')
  const findPointer = (target: Locator) => marks.findPointer(page, target)
  const clickFirstMark = (title: string) => marks.clickFirstMark(page, chartBox(title), title)

  it('a funnel bar opens the pipeline board on the deals it counts; Back returns to the dashboard as left', async () => {
    const funnel = await harness.invoke<FunnelResult>('analytics.funnel', range)
    const first = funnel.stages[0]
    expect(first.reached).toBeGreaterThan(0)
    // The chart as left: once it shows the chosen period's figures, not the default period's that may still be on screen.
    await expect
      .poll(() => chartBox(en.dashboard.funnel.title).getAttribute('aria-label'), { timeout: 60_000 })
      .toContain(`${first.name} ${formatNumber(first.reached, 'en', 0)};`)
    const before = await description(en.dashboard.funnel.title)
    await clickFirstMark(en.dashboard.funnel.title)

    await expect.poll(() => chip().count(), { timeout: 30_000 }).toBe(1)
    const label = (await chip().locator('.drill-chip__label').textContent())!
    expect(label).toContain(`reached “${first.name}”`)
    expect(label).toContain(range.from)
    await expect
      .poll(() => chip().getByRole('status').textContent(), { timeout: 30_000 })
      .toBe(`${formatNumber(first.reached, 'en', 0)} deals`)
    // The columns hold those deals, wherever they are now (open, won or lost, whenever closed).
    const columnCounts = await harness.invoke<{ columns: { count: number }[] }>('deals.board', {
      filter: { drill: { reachedStageId: first.stageId, ...range } },
      limit: 1,
    })
    expect(columnCounts.columns.reduce((a, c) => a + c.count, 0)).toBe(first.reached)

    await page.getByRole('button', { name: en.common.back, exact: true }).click()
    expect(await description(en.dashboard.funnel.title)).toBe(before)
    expect(await chip().count()).toBe(0)
  })

  it('an RFM segment opened from the keyboard lists exactly its customers, and ✕ shows the whole list', async () => {
    const rfm = await harness.invoke<RfmResult>('analytics.rfm', { asOf: range.to })
    const segment = rfm.segments.find((s) => s.customers > 0)!
    const name = en.analytics.rfm.segments[segment.key].name
    await description(en.dashboard.rfm.title)
    const mark = page
      .getByRole('region', { name: en.dashboard.rfm.title })
      .getByRole('button', { name: `${name}: ${formatNumber(segment.customers, 'en', 0)}` })
    await mark.focus()
    expect(await mark.isVisible()).toBe(true) // the keyboard list shows while it has focus
    await page.keyboard.press('Enter')

    await expect.poll(() => chip().count(), { timeout: 30_000 }).toBe(1)
    expect(await chip().locator('.drill-chip__label').textContent()).toContain(`“${name}”`)
    const count = `${formatNumber(segment.customers, 'en', 0)} ${segment.customers === 1 ? 'customer' : 'customers'}`
    await expect.poll(() => chip().getByRole('status').textContent(), { timeout: 30_000 }).toBe(count)
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(Math.min(segment.customers, 5))

    await chip().getByRole('button').click()
    expect(await chip().count()).toBe(0)
    await page.getByRole('button', { name: en.common.back, exact: true }).click()
    await expect.poll(() => chartBox(en.dashboard.rfm.title).getAttribute('aria-label')).toBeTruthy()
    expect(problems).toEqual([])
  })

  it('a chart that opens nothing does not look clickable; one that does, does', async () => {
    const card = page.getByRole('region', { name: en.drill.service.cardTitle })
    await expect.poll(() => card.locator('.chart__box[aria-label]').count(), { timeout: 60_000 }).toBe(3)
    expect(await findPointer(card.locator('.chart__box').nth(2))).toBeNull() // the NPS gauge: one figure (its groups open below it)
    expect(await findPointer(card.locator('.chart__box').nth(1))).not.toBeNull() // CSAT per score
    expect(await findPointer(card.locator('.chart__box').nth(0))).not.toBeNull() // tickets per month
  })

  it('a CSAT bar opens the survey answers behind it, as many as the bar, and an NPS group from the keyboard; Back returns', async () => {
    const service = await harness.invoke<ServiceResult>('analytics.service', range)
    const card = page.getByRole('region', { name: en.drill.service.cardTitle })
    const csat = card.locator('.chart__box').nth(1)
    const scores = service.csatCounts.map((n, i) => `Score ${i + 1} ${formatNumber(n, 'en', 0)}`).join('; ')
    // The chart as left: once it shows the chosen period's counts.
    await expect.poll(() => csat.getAttribute('aria-label'), { timeout: 60_000 }).toContain(scores)
    const before = (await csat.getAttribute('aria-label'))!
    await marks.clickFirstMark(page, csat, en.drill.service.csatTitle)

    await expect.poll(() => chip().count(), { timeout: 30_000 }).toBe(1)
    const label = (await chip().locator('.drill-chip__label').textContent())!
    expect(label).toContain(range.from)
    const score = Number(/scoring (\d)/.exec(label)?.[1])
    const value = service.csatCounts[score - 1]
    expect(value).toBeGreaterThan(0)
    const answers = (n: number): string => `${formatNumber(n, 'en', 0)} ${n === 1 ? 'answer' : 'answers'}`
    await expect.poll(() => chip().getByRole('status').textContent(), { timeout: 30_000 }).toBe(answers(value))
    expect(await page.getByRole('radio', { name: en.tickets.answers.state }).isChecked()).toBe(true)
    const rows = page.locator('.data-table tbody tr')
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(Math.min(value, 50))
    expect(new Set(await rows.locator('td.num').allTextContents())).toEqual(new Set([String(score)]))

    await page.getByRole('button', { name: en.common.back, exact: true }).click()
    await expect.poll(() => csat.getAttribute('aria-label'), { timeout: 30_000 }).toBe(before)
    expect(await chip().count()).toBe(0)

    const promoters = service.npsGroups.promoters
    const group = card.getByRole('button', { name: `${formatNumber(promoters, 'en', 0)} promoters`, exact: true })
    await group.focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => chip().getByRole('status').textContent(), { timeout: 30_000 }).toBe(answers(promoters))
    expect(await chip().locator('.drill-chip__label').textContent()).toContain('promoters (9–10)')
    // ✕ leaves the drill for every answer, still in the Answers state.
    await chip().getByRole('button').click()
    const all = await harness.invoke<{ total: number }>('surveys.answers', { offset: 0, limit: 1 })
    await expect.poll(() => page.getByRole('status').first().textContent(), { timeout: 30_000 }).toBe(answers(all.total))
    expect(await page.getByRole('radio', { name: en.tickets.answers.state }).isChecked()).toBe(true)
    await page.getByRole('button', { name: en.common.back, exact: true }).click()
    await expect.poll(() => csat.getAttribute('aria-label'), { timeout: 30_000 }).toBe(before)
    expect(problems).toEqual([])
  })
})

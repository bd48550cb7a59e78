import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import type { CampaignDetail } from '../../src-shared/domain/campaign-types'
import { resources } from '../../src-shared/i18n'
import { formatMoney, formatPercent } from '../../src-renderer/src/lib/format'
import { makeTempDir } from '../support/temp-dir'
import { dismissStartDigest, launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { campaignTile, createCampaignOnScreen } from './support/marketing-steps'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const en = resources.en['marketing-campaigns']

/**
 * The Campaigns tab in Chromium against the real handlers: a campaign on a saved segment, a cost
 * line, launched, a member marked contacted, an order rung up for that member, and the campaign's
 * revenue and ROI on screen follow; then screenshots of the campaign page.
 */
describe.skipIf(noBrowserReason)('marketing campaigns in the browser', () => {
  const temp = makeTempDir('kehu-e2e-campaigns-')
  let harness: Harness
  let browser: Browser
  let file: Database.Database
  let campaignId = 0
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 300, orders: 1200, seed: 5, locale: 'zh-CN' })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    browser = await launchBrowser()
    await dismissStartDigest(browser, harness)
    file = new Database(join(temp.dir, 'kehu.sqlite'), { readonly: true })
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)
  afterAll(async () => {
    file?.close()
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  it('creates a campaign on a segment, launches it, records a contact, and its revenue and ROI follow a sale', async () => {
    const city = file
      .prepare('SELECT city FROM customers WHERE city IS NOT NULL AND deleted_at IS NULL GROUP BY city ORDER BY count(*) LIMIT 1')
      .pluck()
      .get() as string
    const inCity = file.prepare('SELECT count(*) FROM customers WHERE city = ? AND deleted_at IS NULL').pluck().get(city)
    const definition = { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'city', values: [city] }] }] }
    await harness.invoke('segments.save', { name: 'E2E city', definition })

    const { page, problems } = await openApp(browser, harness.url)
    await page.getByRole('button', { name: resources.en.nav.marketing }).first().click()
    campaignId = await createCampaignOnScreen(page, file, {
      name: 'Spring tea e2e',
      segment: 'E2E city',
      costItem: 'Posters',
      yuan: 100,
    })

    await page.getByRole('button', { name: en.actions.launch }).click()
    await page.getByRole('button', { name: en.launch.confirm, exact: true }).click()
    await expect.poll(() => campaignTile(page, 'members'), { timeout: 10_000 }).toBe(String(inCity))

    const member = (
      await harness.invoke<{ rows: { customerId: number; name: string }[] }>('campaigns.members', {
        id: campaignId,
        offset: 0,
        limit: 1,
      })
    ).rows[0]
    await page.getByRole('checkbox', { name: member.name, exact: true }).check()
    await page.getByRole('button', { name: en.members.markContacted }).click()
    await expect.poll(() => campaignTile(page, 'contacted'), { timeout: 10_000 }).toBe('1')
    expect(await campaignTile(page, 'revenue')).toBe(formatMoney(0, 'en', 'CNY'))

    // A sale to the contacted member, rung up now: inside the 14-day window.
    const product = file.prepare('SELECT id, cost FROM products WHERE cost IS NOT NULL AND cost < 30000 LIMIT 1').get() as {
      id: number
      cost: number
    }
    await harness.invoke('orders.create', {
      customerId: member.customerId,
      lines: [{ productId: product.id, description: '', quantity: 2, unitPrice: 30_000 }],
      paymentMethod: 'wechat',
    })
    const profit = 60_000 - 2 * product.cost
    await expect.poll(() => campaignTile(page, 'revenue'), { timeout: 15_000 }).toBe(formatMoney(60_000, 'en', 'CNY'))
    expect(await campaignTile(page, 'roi')).toBe(formatPercent((profit - 10_000) / 10_000, 'en', 1))
    const figures = (await harness.invoke<CampaignDetail>('campaigns.get', { id: campaignId })).figures
    expect(figures).toMatchObject({ revenue: 60_000, grossProfit: profit, cost: 10_000, buyers: 1 })
    expect(await page.getByText(en.figures.rule.slice(0, 40)).count()).toBe(1)
    expect(problems).toEqual([])
  })

  for (const [locale, theme] of [
    ['en', 'dark'],
    ['en', 'light'],
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
  ] as const) {
    it(`screenshot of a campaign page, ${locale} ${theme}`, async () => {
      await harness.invoke('settings.set', { locale, theme })
      const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
      const strings = resources[locale]['marketing-campaigns']
      await page.getByRole('button', { name: resources[locale].nav.marketing }).first().click()
      await page.getByRole('radio', { name: strings.tab }).check({ force: true })
      await page.getByRole('link', { name: 'Spring tea e2e' }).click()
      await page.locator('.campaign-figures__tile--roi').waitFor()
      await page.screenshot({ path: join(SHOTS, `marketing-campaign-${locale}-${theme}.png`), fullPage: true })
      expect(problems).toEqual([])
    })
  }
})

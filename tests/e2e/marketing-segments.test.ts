import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import Database from 'better-sqlite3'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { lapsedOver } from './support/marketing-steps'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const en = resources.en['marketing-segments']

/**
 * The Segments tab in Chromium against the real handlers: a segment built from filters, its
 * live count checked against an independent query on the data file, saved and frozen; then
 * screenshots in both languages and themes for a person to look at.
 */
describe.skipIf(noBrowserReason)('marketing segments in the browser', () => {
  const temp = makeTempDir('kehu-e2e-segments-')
  let harness: Harness
  let browser: Browser
  let file: Database.Database
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 600, orders: 2500, seed: 3, locale: 'zh-CN' })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    browser = await launchBrowser()
    file = new Database(join(temp.dir, 'kehu.sqlite'), { readonly: true })
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)
  afterAll(async () => {
    file?.close()
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  const shownCount = async (page: Page): Promise<number> =>
    Number((await page.getByTestId('segment-count').textContent())?.replace(/\D/g, ''))

  it('builds a segment from filters, the count follows them and equals the data, saves it and freezes it', async () => {
    const { page, problems } = await openApp(browser, harness.url)
    await page.getByRole('button', { name: resources.en.nav.marketing }).first().click()
    await page.getByRole('textbox', { name: en.builder.name }).waitFor()
    // The builder starts with "last purchase more than 90 days ago".
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toBe(lapsedOver(file, 90))
    await page.getByRole('spinbutton', { name: en.rules.days, exact: true }).fill('30')
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toBe(lapsedOver(file, 30))
    expect(lapsedOver(file, 30)).not.toBe(lapsedOver(file, 90))

    await page.getByRole('button', { name: en.builder.addRule }).click()
    // The new filter is "number of orders, at least 2".
    await expect.poll(() => shownCount(page), { timeout: 15_000 }).toBe(lapsedOver(file, 30, 2))
    const definition = {
      match: 'any',
      groups: [
        {
          match: 'all',
          rules: [
            { kind: 'lastPurchase', op: 'moreThanDaysAgo', days: 30 },
            { kind: 'orderCount', min: 2 },
          ],
        },
      ],
    }
    expect((await harness.invoke<{ count: number }>('segments.count', { definition })).count).toBe(lapsedOver(file, 30, 2))
    await expect.poll(() => page.locator('.segment-preview tbody tr').count(), { timeout: 15_000 }).toBe(10)

    await page.getByRole('textbox', { name: en.builder.name }).fill('Regulars gone quiet')
    await page.getByRole('button', { name: en.builder.save, exact: true }).click()
    const list = page.locator('.segment-list__items')
    await expect.poll(() => list.textContent(), { timeout: 15_000 }).toContain('Regulars gone quiet')
    await list.getByRole('button', { name: /Regulars gone quiet/ }).click()
    await page.getByRole('button', { name: en.builder.freeze }).click()
    await expect.poll(() => list.getByRole('button').count(), { timeout: 15_000 }).toBe(2)
    const snapshot = file.prepare('SELECT id FROM segments WHERE frozen_at IS NOT NULL').pluck().get() as number
    const members = file.prepare('SELECT count(*) FROM segment_members WHERE segment_id = ?').pluck().get(snapshot)
    expect(members).toBe(lapsedOver(file, 30, 2))
    // The chosen segment exports as a target list: the dialog counts its members before any file is written.
    const reach = resources.en['marketing-reach'].export
    await page.getByRole('button', { name: reach.open, exact: true }).click()
    const exporting = page.getByRole('dialog', { name: reach.title })
    await expect
      .poll(() => exporting.textContent(), { timeout: 15_000 })
      .toContain(`${(members as number).toLocaleString('en')} customers in this list`)
    await page.keyboard.press('Escape')
    await expect.poll(() => exporting.count()).toBe(0)

    // A name in the preview opens the customer, whose page says their lifecycle stage and why.
    await page.locator('.segment-preview tbody a').first().click()
    const panel = page.getByTestId('lifecycle-panel')
    await expect
      .poll(() => panel.textContent(), { timeout: 20_000 })
      .toMatch(new RegExp(Object.values(en.lifecycle.stages).join('|')))
    await panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'marketing-lifecycle-panel-en-light.png') })
    expect(problems).toEqual([])
  }, 120_000)

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`screenshot of the Segments tab, ${locale} ${theme}`, async () => {
        await harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        await page.getByRole('button', { name: resources[locale].nav.marketing }).first().click()
        const strings = resources[locale]['marketing-segments']
        await page
          .getByRole('button', { name: new RegExp(strings.list.customers.replace('{{formatted}}', '.*')) })
          .first()
          .click()
        await page.getByRole('button', { name: strings.builder.addGroup }).click()
        await expect.poll(() => page.locator('.segment-preview tbody tr').count(), { timeout: 20_000 }).toBeGreaterThan(0)
        await expect.poll(() => page.locator('.lifecycle-distribution td').count(), { timeout: 20_000 }).toBeGreaterThan(0)
        // The count for the added group ("never bought"), no longer dimmed as stale.
        await expect.poll(() => page.locator('.segment-count__value.is-stale').count(), { timeout: 20_000 }).toBe(0)
        const main = await page.evaluate(
          () => document.querySelector('main')!.scrollHeight + document.querySelector('main')!.offsetTop,
        )
        await page.setViewportSize({ width: 1280, height: Math.max(800, main) })
        await page.screenshot({ path: join(SHOTS, `marketing-segments-${locale}-${theme}.png`) })
        expect(
          await page.evaluate(() => document.querySelector('main')!.scrollWidth - document.querySelector('main')!.clientWidth),
        ).toBe(0)
        expect(problems).toEqual([])
      }, 60_000)
    }
  }
})

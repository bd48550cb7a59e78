import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RFM_SEGMENTS } from '../../src-shared/domain/analytics'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { enumLabel } from '../../src-shared/i18n/translate'
import type { SegmentListItem } from '../../src-shared/ipc/channels/segments'
import { formatNumber } from '../../src-renderer/src/lib/format'
import { daysAgo } from '../insights/support/days'
import { independentRfm } from '../marketing/groups/independent-rfm'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill, wholePage } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
type Locale = keyof typeof resources

async function openTab(page: Page, locale: Locale): Promise<void> {
  const strings = resources[locale]
  await page.getByRole('navigation').getByRole('button', { name: strings.nav.marketing }).click()
  await page.getByRole('radio', { name: strings['marketing-groups'].tab }).check()
}

/**
 * The Marketing page's "RFM & clusters" tab in Chromium on a seeded shop: the segments' counts
 * equal an independent SQL query of the file, the clusters are described in words, and "Make a
 * segment" saves one. Screenshots in both languages and themes (test-results/screens/).
 */
describe.skipIf(noBrowserReason)('RFM & clusters tab', () => {
  const temp = makeTempDir('kehu-e2e-groups-')
  let harness: Harness
  let browser: Browser
  let expected: ReturnType<typeof independentRfm>
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 600, orders: 2400, seed: 13, locale: 'zh-CN' })
    expected = independentRfm(db, daysAgo(0))
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  it('shows RFM counts as SQL counts them and clusters in words; Make a segment saves one', async () => {
    await harness.invoke('settings.set', { locale: 'en', theme: 'light' })
    const { page, problems } = await openApp(browser, harness.url)
    await openTab(page, 'en')
    const strings = resources.en['marketing-groups']
    const rfm = page.getByRole('region', { name: strings.rfm.title })
    for (const key of ['champions', 'loyal', 'hibernating'] as const) {
      const row = rfm.locator(`tr[data-segment="${key}"]`)
      await expect
        .poll(() => row.locator('td').nth(2).textContent(), { timeout: 30_000 })
        .toBe(formatNumber(expected.get(key)?.customers ?? 0, 'en'))
    }
    const clusters = page.getByRole('region', { name: strings.clusters.title })
    await expect
      .poll(() => clusters.getByRole('status').first().textContent(), { timeout: 60_000 })
      .toMatch(/^k chosen by silhouette: [2-8]$/)
    const phrase = (await clusters.locator('.cluster-card h3').first().textContent()) ?? ''
    expect(phrase).toMatch(
      /^(Recent|Long since last purchase|Rare visits|Frequent visits|Low spend|High spend|Small baskets|Big baskets|Close to the average customer)/,
    )

    const name = enumLabel('en', 'rfmSegment', 'atRisk')
    await rfm.getByRole('button', { name: `Make a segment of “${name}”` }).click()
    await expect.poll(() => page.getByText(`Segment “RFM: ${name}” saved.`).count(), { timeout: 10_000 }).toBe(1)
    const saved = await harness.invoke<SegmentListItem[]>('segments.list', {})
    expect(saved.map((s) => [s.name, s.definition, s.count])).toEqual([
      [
        `RFM: ${name}`,
        { match: 'all', groups: [{ match: 'all', rules: [{ kind: 'rfm', segments: ['atRisk'] }] }] },
        expected.get('atRisk')?.customers,
      ],
    ])
    expect(problems).toEqual([])
    await page.context().close()
  })

  for (const [locale, theme] of [
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'light'],
    ['en', 'dark'],
  ] as const) {
    it(`screenshot ${locale} ${theme}`, async () => {
      await harness.invoke('settings.set', { locale, theme })
      const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
      await openTab(page, locale)
      const clusters = page.getByRole('region', { name: resources[locale]['marketing-groups'].clusters.title })
      await expect.poll(() => clusters.locator('.cluster-card').count(), { timeout: 60_000 }).toBeGreaterThan(1)
      await expect.poll(() => page.locator('tr[data-segment]').count(), { timeout: 30_000 }).toBe(RFM_SEGMENTS.length)
      // Catalog keys never show: every string came from the catalogs.
      expect(await page.locator('main').textContent()).not.toMatch(/marketing-groups[.:]|analytics[.:]rfm/)
      await noSidewaysSpill(page)
      await wholePage(page, SHOTS, `marketing-groups-${locale}-${theme}`)
      // The page scrolls inside its own box: the clusters, below the table, in a shot of their own.
      await clusters.getByText(resources[locale].analytics.basis.howMade).click()
      await clusters.screenshot({ path: join(SHOTS, `marketing-groups-clusters-${locale}-${theme}.png`) })
      expect(problems).toEqual([])
      await page.context().close()
    })
  }
})

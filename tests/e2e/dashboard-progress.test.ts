import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const en = resources.en.dashboard
const BLOCKERS: [string, unknown][] = [
  ['analytics.clusters', { k: 8 }],
  ['analytics.bundles', { minSupport: 0.001, minConfidence: 0.1, limit: 200 }],
  ['analytics.churn', { windowDays: 90, limit: 500 }],
]

/**
 * The heavy analyses run one at a time in the analytics worker. On a shop big enough for them to
 * take seconds, the cards waiting their turn say so with Cancel; a cancelled card says it stopped
 * and computes again on "Run again".
 */
describe.skipIf(noBrowserReason)('dashboard: each analysis shows its progress and can be cancelled', () => {
  const temp = makeTempDir('kehu-e2e-dashboard-progress-')
  let harness: Harness
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 20_000, orders: 80_000, tickets: 200, seed: 3, locale: 'en' })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    browser = await launchBrowser()
    // Analyses asked from outside the page go first in the worker, so the page's wait behind
    // them long enough to be cancelled while waiting, whatever the machine's speed.
    for (const [channel, input] of BLOCKERS) void harness.invoke(channel, input).catch(() => undefined)
    ;({ page } = await openApp(browser, harness.url, 'en-US'))
    await page.getByRole('navigation').getByRole('button', { name: 'Dashboard' }).click()
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  it('a card waiting for its analysis offers Cancel, says it stopped, and runs again on request', async () => {
    // Churn is the page's last heavy analysis: it waits behind the four before it.
    const card = page.getByRole('region', { name: en.churn.title })
    // Waiting its turn, or (had its first event come before the page listened) computing: both offer Cancel.
    await card.getByRole('button', { name: en.cancel }).waitFor({ timeout: 60_000 })
    // Dispatched, not clicked: a click waits for the button to hold still while the cards
    // above it fill in, and by then this analysis may have finished.
    await card.getByRole('button', { name: en.cancel }).dispatchEvent('click')
    await expect.poll(() => card.getByText(en.stopped).count(), { timeout: 60_000 }).toBe(1)
    await card.getByRole('button', { name: en.runAgain }).click()
    await expect.poll(() => card.getByText(en.stopped).count(), { timeout: 5_000 }).toBe(0)
    await expect.poll(() => card.getByText(resources.en.analytics.basis.howMade).count(), { timeout: 90_000 }).toBeGreaterThan(0)
  }, 150_000)
})

import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

interface Column {
  stageId: number
  name: string
  kind: string
  count: number
}

/**
 * 5,000 open deals (issue 11 §2 scale): the board renders only the cards in view, each column's
 * header counts the whole column, and scrolling a column brings in more cards as the end nears.
 */
describe.skipIf(noBrowserReason)('pipeline board with 5,000 open deals', () => {
  const temp = makeTempDir('kehu-e2e-pipeline-scale-')
  let harness: Harness
  let browser: Browser
  let columns: Column[]
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    ensureDefaultPipelineStages(db, 'en')
    generateShop(db, { customers: 3000, orders: 0, seed: 3, locale: 'en', openDeals: 5000 })
    db.close()
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    columns = (await harness.invoke<{ columns: Column[] }>('deals.board', { filter: {}, limit: 1 })).columns
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  it('renders the cards in view only, counts whole columns, and loads more on scroll', async () => {
    const open = columns.filter((c) => c.kind === 'open')
    expect(open.reduce((sum, c) => sum + c.count, 0)).toBeGreaterThanOrEqual(5000)
    const { page, problems } = await openApp(browser, harness.url, 'en-US')
    await page.getByRole('button', { name: 'Pipeline' }).first().click()
    const biggest = open.reduce((a, b) => (b.count > a.count ? b : a))
    const list = page.getByRole('list', { name: biggest.name, exact: true })
    await expect.poll(() => list.getByRole('listitem').count()).toBeGreaterThan(3)
    expect(await list.getByRole('listitem').count()).toBeLessThan(20)
    expect(await list.getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(biggest.count))
    const header = page.locator('.board-column').filter({ has: list }).locator('.board-column__figures')
    expect(await header.textContent()).toContain(`${biggest.count.toLocaleString('en-US')} deals`)

    const scroller = page.locator('.board-column').filter({ has: list }).locator('.board-column__scroll')
    const lastShown = async (): Promise<number> =>
      Number(await list.locator('li[aria-posinset]').last().getAttribute('aria-posinset'))
    for (let i = 0; i < 4; i++) {
      await scroller.evaluate((el) => el.scrollBy(0, el.scrollHeight))
      await page.waitForTimeout(200)
    }
    await expect.poll(lastShown).toBeGreaterThan(30)
    expect(await list.getByRole('listitem').count()).toBeLessThan(20)
    expect(problems).toEqual([])
  })
})

import { copyFileSync, mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

interface Hit {
  id: number
  name: string
}

describe.skipIf(noBrowserReason)('customers end to end: real renderer, real handlers, real data file', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const customerNamed = async (name: string): Promise<Hit | undefined> =>
    (await harness.invoke<Hit[]>('customers.search', { query: name, limit: 5 })).find((h) => h.name === name)

  it('creates a customer through the form', async () => {
    await page.getByRole('button', { name: 'New customer' }).first().click()
    const form = page.getByRole('dialog', { name: 'New customer' })
    await form.getByRole('textbox', { name: 'Name', exact: true }).fill('张三')
    await form.getByRole('textbox', { name: 'Phone', exact: true }).fill('138 0013 8000')
    await form.getByRole('textbox', { name: 'City', exact: true }).fill('上海')
    await expect.poll(() => form.getByText('Saved and searched as 13800138000').count()).toBe(1)
    await form.getByRole('button', { name: 'Save customer' }).click()
    await expect.poll(() => form.isVisible()).toBe(false)
    await expect.poll(() => customerNamed('张三')).toMatchObject({ name: '张三' })
  })

  it('finds it by pinyin initials and tags it', async () => {
    await harness.invoke('customers.create', { name: 'Li Lei', phone: '13911112222' })
    await page.getByRole('button', { name: 'Customers' }).first().click()
    await page.getByLabel('Search customers').fill('zs')
    const grid = page.getByRole('grid')
    await expect.poll(() => grid.getByRole('row').filter({ hasText: '张三' }).count()).toBe(1)
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'Li Lei' }).count()).toBe(0)

    await grid.getByRole('checkbox', { name: 'Select 张三' }).check()
    await page.getByLabel('Tag name').fill('VIP')
    await page.getByRole('button', { name: 'Add tag' }).click()
    const hit = (await customerNamed('张三'))!
    await expect
      .poll(async () => (await harness.invoke<{ tags: { name: string }[] }>('customers.get', { id: hit.id })).tags)
      .toEqual([expect.objectContaining({ name: 'VIP' })])
  })

  it('opens the detail page and logs a note on the timeline', async () => {
    await page.getByRole('grid').getByRole('row').filter({ hasText: '张三' }).getByText('张三').first().dblclick()
    await expect.poll(() => page.getByRole('heading', { name: '张三' }).count()).toBe(1)
    await page.getByRole('radiogroup', { name: 'Kind of activity' }).getByRole('radio', { name: 'Note' }).check()
    await page.getByLabel('What happened').fill('Prefers oolong tea, calls after 6 pm')
    await page.getByRole('button', { name: /^Log / }).click()
    await expect.poll(() => page.getByText('Prefers oolong tea, calls after 6 pm').count()).toBeGreaterThan(0)
    const hit = (await customerNamed('张三'))!
    const timeline = await harness.invoke<{ kind: string; body: string }[]>('customers.timeline', {
      customerId: hit.id,
      limit: 10,
    })
    expect(timeline[0]).toMatchObject({ kind: 'note', body: 'Prefers oolong tea, calls after 6 pm' })
  })

  it('deletes softly and undoes from the toast', async () => {
    const hit = (await customerNamed('张三'))!
    await page.getByRole('button', { name: 'Delete' }).click()
    const get = (): Promise<{ deletedAt: string | null }> => harness.invoke('customers.get', { id: hit.id })
    await expect.poll(async () => (await get()).deletedAt).not.toBeNull()
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(async () => (await get()).deletedAt).toBeNull()
  })

  it('switches the whole UI to Chinese', async () => {
    await page.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    await page.getByRole('button', { name: '客户' }).first().click()
    await expect.poll(() => page.getByRole('button', { name: '新建客户' }).count()).toBeGreaterThan(0)
    await expect.poll(() => page.getByRole('grid').getByRole('row').filter({ hasText: '张三' }).count()).toBe(1)
    expect(problems).toEqual([])
  })
})

describe.skipIf(noBrowserReason)('the customer list at demo scale', () => {
  it('shows a seeded shop in Chinese and saves a screenshot', async () => {
    const temp = makeTempDir('kehu-e2e-shot-')
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    ensureDefaultPipelineStages(db, 'zh-CN')
    generateShop(db, { customers: 2000, orders: 6000, seed: 7, locale: 'zh-CN', asOf: '2026-11-20' })
    db.close()
    const harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    const browser = await launchBrowser()
    try {
      const { page, problems } = await openApp(browser, harness.url, 'zh-CN')
      const grid = page.getByRole('grid')
      await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('2001')
      await expect.poll(() => grid.locator('[aria-rowindex="2"]').count()).toBe(1)
      const shots = resolve(__dirname, '../../test-results')
      mkdirSync(shots, { recursive: true })
      await page.screenshot({ path: join(shots, 'customers-zh.png') })
      if (process.env.KEHU_UPDATE_SCREENSHOT) {
        copyFileSync(join(shots, 'customers-zh.png'), resolve(__dirname, '../../resources/screenshots/customers.png'))
      }
      expect(problems).toEqual([])
    } finally {
      await browser.close()
      await harness.stop()
      temp.cleanup()
    }
  })
})

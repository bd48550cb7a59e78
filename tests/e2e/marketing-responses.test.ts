import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertCustomer } from '../../src-main/customers/write'
import { openDatabase } from '../../src-main/db'
import type { CampaignDetail } from '../../src-shared/domain/campaign-types'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const en = resources.en['marketing-campaigns']
const csv = resources.en.csv.import
const NAMES = ['王芳', '李雷', '韩梅梅']
const RESPONSES =
  '活动,客户编号,回应,日期\n春茶会,M-1,已回应,2026-03-02\n春茶会,M-2,已联系,2026-03-01\n春茶会,M-9,已回应,2026-03-02\n'

/**
 * Members' marks in Chromium against the real handlers: a bulk mark undone from its toast, and
 * responses imported from a CSV through the import wizard, then undone from the import history.
 */
describe.skipIf(noBrowserReason)('campaign responses in the browser', () => {
  const temp = makeTempDir('kehu-e2e-responses-')
  const file = join(temp.dir, 'responses.csv')
  let harness: Harness
  let browser: Browser
  let campaignId = 0
  const members = async (filter: 'contacted' | 'responded'): Promise<string[]> =>
    (
      await harness.invoke<{ rows: { name: string }[] }>('campaigns.members', { id: campaignId, offset: 0, limit: 10, filter })
    ).rows.map((r) => r.name)
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    const ids = NAMES.map((name, i) => insertCustomer(db, { name, code: `M-${i + 1}`, phone: `1380000000${i}` }))
    insertCustomer(db, { name: '路人', code: 'M-9' })
    db.close()
    writeFileSync(file, RESPONSES)
    harness = await startHarness({ locale: 'en', dataDir: temp.dir })
    const { id } = await harness.invoke<CampaignDetail>('campaigns.create', { name: '春茶会', channel: 'wechat' })
    await harness.invoke('campaigns.launch', { id, customerIds: ids })
    campaignId = id
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  }, 120_000)
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
  })

  const openCampaign = async (page: Page, locale: 'en' | 'zh-CN'): Promise<void> => {
    await page.getByRole('button', { name: resources[locale].nav.marketing }).first().click()
    await page.getByRole('radio', { name: resources[locale]['marketing-campaigns'].tab }).check({ force: true })
    await page.getByRole('link', { name: '春茶会' }).click()
    await page.locator('.campaign-figures__tile--roi').waitFor()
  }

  it('marks two members contacted, and the toast’s Undo puts them back', async () => {
    const { page, problems } = await openApp(browser, harness.url, 'en-US')
    await openCampaign(page, 'en')
    await page.getByRole('checkbox', { name: NAMES[0], exact: true }).check()
    await page.getByRole('checkbox', { name: NAMES[1], exact: true }).check()
    await page.getByRole('button', { name: en.members.markContacted }).click()
    await expect.poll(() => members('contacted')).toEqual(expect.arrayContaining([NAMES[0], NAMES[1]]))
    const toast = page.locator('.toast').filter({ hasText: '2 members updated' })
    await toast.getByRole('button', { name: en.actions.undo }).click()
    await expect.poll(() => members('contacted'), { timeout: 10_000 }).toEqual([])
    await expect.poll(() => page.getByText('2 members’ marks put back').count()).toBe(1)
    expect(problems).toEqual([])
  })

  it('imports a responses file through the wizard: a stranger fails its row, members are marked, undo puts them back', async () => {
    const { page, problems } = await openApp(browser, harness.url, 'en-US')
    const wizard = page.getByRole('region', { name: 'Import', exact: true })
    await page.getByRole('button', { name: 'Import / Export' }).first().click()
    await wizard.getByLabel(csv.kindLabel).selectOption({ label: csv.kinds.responses })
    await harness.queueDialog('openFile', file)
    await wizard.getByRole('button', { name: /Choose a CSV file/ }).click()
    await expect.poll(() => wizard.getByRole('status').first().textContent()).toContain('responses.csv')
    await wizard.getByRole('button', { name: 'Next' }).click()
    await wizard.getByRole('button', { name: 'Next' }).click()
    await wizard.getByRole('button', { name: 'Import', exact: true }).click()
    await expect.poll(() => wizard.getByRole('heading', { name: 'Import finished' }).count(), { timeout: 20_000 }).toBe(1)
    expect(await wizard.getByRole('status').first().textContent()).toBe('3 rows: 0 new, 2 updated, 0 skipped, 1 with errors')
    expect(await wizard.getByText('This customer is not a member of “春茶会”.').count()).toBe(1)
    expect(await members('responded')).toEqual([NAMES[0]])
    expect(await members('contacted')).toEqual([NAMES[1]])
    await page.screenshot({ path: join(SHOTS, 'responses-import-en-light.png'), fullPage: true })

    await page.getByRole('button', { name: 'Undo: responses.csv' }).click()
    await expect.poll(() => members('responded'), { timeout: 10_000 }).toEqual([])
    expect(await members('contacted')).toEqual([])
    expect(problems).toEqual([])
  })

  for (const [locale, theme] of [
    ['zh-CN', 'light'],
    ['zh-CN', 'dark'],
    ['en', 'dark'],
  ] as const) {
    it(`screenshots: the import result and the mark's Undo toast, ${locale} ${theme}`, async () => {
      await harness.invoke('settings.set', { locale, theme })
      const { page, problems } = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
      const strings = resources[locale].csv.import
      const wizard = page.getByRole('region', { name: strings.importTitle, exact: true })
      await page.getByRole('button', { name: resources[locale].nav.csv }).first().click()
      await wizard.getByLabel(strings.kindLabel).selectOption({ label: strings.kinds.responses })
      await harness.queueDialog('openFile', file)
      await wizard.getByRole('button', { name: strings.chooseFile }).click()
      await expect.poll(() => wizard.getByRole('status').first().textContent()).toContain('responses.csv')
      await wizard.getByRole('button', { name: strings.next }).click()
      await page.screenshot({ path: join(SHOTS, `responses-mapping-${locale}-${theme}.png`), fullPage: true })
      await wizard.getByRole('button', { name: strings.next }).click()
      await wizard.getByRole('button', { name: strings.dryRun }).click()
      await expect.poll(() => wizard.getByText(strings.checkTitle).count(), { timeout: 20_000 }).toBeGreaterThan(0)
      await page.screenshot({ path: join(SHOTS, `responses-check-${locale}-${theme}.png`), fullPage: true })

      await openCampaign(page, locale)
      await page.getByRole('checkbox', { name: NAMES[2], exact: true }).check()
      await page.getByRole('button', { name: resources[locale]['marketing-campaigns'].members.markResponded }).click()
      await page.locator('.toast__action').waitFor()
      await page.screenshot({ path: join(SHOTS, `responses-undo-toast-${locale}-${theme}.png`) })
      await page.locator('.toast__action').click()
      await expect.poll(() => members('responded'), { timeout: 10_000 }).toEqual([])
      expect(problems).toEqual([])
    })
  }
})

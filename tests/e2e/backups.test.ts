import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../src-shared/ipc/channels/backups'
import { resources } from '../../src-shared/i18n'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { noSidewaysSpill } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * Settings → Backups in Chromium against the real handlers: Back up now, change the data,
 * review what a restore would change, restore, then undo the restore from its toast. Screens in
 * both languages and themes are saved for a person to look at (test-results/screens/).
 */
describe.skipIf(noBrowserReason)('backups: back up, change, restore, undo the restore', () => {
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  const names = async (): Promise<string[]> =>
    (
      await harness.invoke<{ rows: { name: string }[] }>('customers.list', {
        view: 'active',
        sort: { column: 'name', dir: 'asc' },
        offset: 0,
        limit: 50,
      })
    ).rows.map((row) => row.name)

  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    await harness.invoke('customers.create', { name: 'Kept Before Backup', phone: '13900139000' })
    browser = await launchBrowser()
    ;({ page, problems } = await openApp(browser, harness.url, 'en-US'))
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  const openBackups = async (): Promise<void> => {
    await page.locator('.sidebar__link').last().click()
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Backups' }).count(), { timeout: 15_000 }).toBe(1)
  }

  it('backs up, restores the backup after a change, and undoes the restore', async () => {
    await openBackups()
    await page.getByRole('button', { name: 'Back up now' }).click()
    const row = page.locator('.backups__list tbody tr').filter({ hasText: 'Manual' })
    await expect.poll(() => row.count(), { timeout: 20_000 }).toBe(1)
    await expect.poll(() => row.textContent()).toContain('1 customer · 0 orders')

    // The data changes after the backup.
    await harness.invoke('customers.create', { name: 'Added After Backup' })
    expect(await names()).toEqual(['Added After Backup', 'Kept Before Backup'])

    await row.getByRole('button', { name: 'Review…' }).click()
    const dialog = page.getByRole('dialog')
    const customers = dialog.locator('tr[data-table="customers"]')
    await expect.poll(() => customers.textContent(), { timeout: 15_000 }).toBe('Customers21-1')
    await page.screenshot({ path: join(SHOTS, 'backups-restore-dialog-e2e.png') })
    await dialog.getByRole('button', { name: 'Restore this backup' }).click()

    const toast = page.getByRole('status').filter({ hasText: 'restored' })
    await expect.poll(() => toast.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await names()).toEqual(['Kept Before Backup'])
    const list = await harness.invoke<BackupEntry[]>('backups.list', {})
    expect(list.map((b) => b.kind)).toContain('before-restore')

    await toast.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(() => page.getByText('The restore was undone.').count(), { timeout: 30_000 }).toBeGreaterThan(0)
    expect(await names()).toEqual(['Added After Backup', 'Kept Before Backup'])
    expect(problems).toEqual([])
  }, 120_000)

  for (const locale of ['zh-CN', 'en'] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`${locale} ${theme}: the Backups section and the restore dialog`, async () => {
        await harness.invoke('settings.set', { locale, theme })
        const opened = await openApp(browser, harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        const strings = resources[locale].backups
        await opened.page.locator('.sidebar__link').last().click()
        const heading = opened.page.getByRole('heading', { level: 2, name: strings.title })
        await expect.poll(() => heading.count(), { timeout: 15_000 }).toBe(1)
        await expect.poll(() => opened.page.locator('.backups__list tbody tr').count()).toBeGreaterThan(1)
        await opened.page.locator('.backups__list').scrollIntoViewIfNeeded()
        await noSidewaysSpill(opened.page)
        await opened.page.screenshot({ path: join(SHOTS, `backups-${locale}-${theme}.png`) })
        await opened.page.locator('.backups__list tbody tr').first().getByRole('button').click()
        await expect.poll(() => opened.page.locator('tr[data-table="customers"]').count(), { timeout: 15_000 }).toBe(1)
        await opened.page.screenshot({ path: join(SHOTS, `backups-restore-${locale}-${theme}.png`) })
        await opened.page.keyboard.press('Escape')
        expect(opened.problems).toEqual([])
        await opened.page.close()
      }, 60_000)
    }
  }
})

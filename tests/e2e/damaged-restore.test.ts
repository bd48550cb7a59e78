import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BackupEntry } from '../../src-shared/ipc/channels/backups'
import { openDatabase } from '../../src-main/db'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import { makeTempDir } from '../support/temp-dir'
import { damagePages } from '../trust/backups/support/damage-pages'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness } from './support/harness'

const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * A shop whose file was damaged while closed (torn pages): the app starts, its background
 * check finds the damage, the blocking screen offers the newest good backup, and restoring it
 * from that screen brings the customers back in a writable shop.
 */
describe.skipIf(noBrowserReason)('the damaged-file screen', () => {
  it('restores the newest good backup it offers, and the customers are back', async () => {
    const temp = makeTempDir('kehu-e2e-damaged-')
    const file = join(temp.dir, 'kehu.sqlite')
    const { db } = openDatabase(file, { create: true })
    ensureDefaultPipelineStages(db, 'en')
    generateShop(db, { customers: 2000, orders: 6000, seed: 7, locale: 'en', asOf: '2026-11-20' })
    db.close()
    const browser = await launchBrowser()
    try {
      const before = await startHarness({ locale: 'en', dataDir: temp.dir })
      await before.invoke('backups.create', {})
      await before.invoke('customers.create', { name: 'Kept In The Newest Backup' })
      await before.stop() // the app's quit backup: the newest good one
      damagePages(file)

      const harness = await startHarness({ locale: 'en', dataDir: temp.dir })
      try {
        const newest = (await harness.invoke<BackupEntry[]>('backups.list', {})).find((backup) => backup.verified)!
        expect(newest.kind).toBe('quit')
        const { page, problems } = await openApp(browser, harness.url, 'en-US')
        const alert = page.getByRole('alertdialog')
        const restore = alert.getByRole('button', { name: 'Restore this backup' })
        await expect.poll(() => restore.count(), { timeout: 30_000 }).toBe(1)
        expect(await alert.textContent()).toContain(`${newest.counts?.customers?.toLocaleString('en')} customers`)
        mkdirSync(SHOTS, { recursive: true })
        await page.screenshot({ path: join(SHOTS, 'damaged-file-offer-en.png') })

        await restore.click()
        // The window starts over on the restored file: no alert, every customer listed. (The
        // damaged file lists as many rows behind the alert, so the alert going is waited for first.)
        await expect.poll(() => page.getByRole('alertdialog').count(), { timeout: 30_000 }).toBe(0)
        const grid = page.getByRole('grid')
        await expect
          .poll(() => grid.getAttribute('aria-rowcount'), { timeout: 30_000 })
          .toBe(String(newest.counts!.customers! + 1))
        await page.screenshot({ path: join(SHOTS, 'damaged-file-restored-en.png') })
        const found = await harness.invoke<{ rows: { name: string }[] }>('customers.list', {
          view: 'active',
          sort: { column: 'name', dir: 'asc' },
          offset: 0,
          limit: 5,
          query: 'Kept In The Newest',
        })
        expect(found.rows.map((row) => row.name)).toEqual(['Kept In The Newest Backup'])
        await harness.invoke('customers.create', { name: 'Written After The Restore' })
        const kinds = (await harness.invoke<BackupEntry[]>('backups.list', {})).map((backup) => backup.kind)
        expect(kinds).toContain('damaged')
        expect(problems).toEqual([])
      } finally {
        await harness.stop()
      }
    } finally {
      await browser.close()
      temp.cleanup()
    }
  }, 180_000)
})

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { growAuditLog } from '../trust/encryption/support/grow-audit-log'
import { noBrowserReason, openApp } from './support/browser'
import { seededShop, SHOTS } from './support/seeded-shop'
import { settledTheme } from './support/page-shots'

const PASS = 'correct horse battery staple'
const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }
const en = resources.en
const zh = resources['zh-CN']
type Strings = typeof en

const isPlain = (dir: string): boolean =>
  readFileSync(join(dir, 'kehu.sqlite')).subarray(0, 15).toString('latin1') === 'SQLite format 3'

/** The Security section in light and dark, scrolled into view. */
async function shots(page: Page, section: Locator, name: string): Promise<void> {
  await section.scrollIntoViewIfNeeded()
  for (const scheme of ['light', 'dark'] as const) {
    await settledTheme(page, scheme, true)
    await page.screenshot({ path: join(SHOTS, `security-conversion-${name}-${scheme}.png`) })
  }
}

/** Settings → Security → Encrypt the data file, with a new passphrase (the shop has none yet); the section. */
async function startEncrypting(page: Page, s: Strings): Promise<Locator> {
  await page.getByRole('navigation').getByRole('button', { name: s.nav.settings }).click()
  const section = page.locator('.security-settings')
  await section.getByText(s.security.settings.plain).waitFor()
  await section.getByRole('button', { name: s.security.settings.turnOn }).click()
  await section.getByLabel(s.security.passphrase, { exact: true }).fill(PASS)
  await section.getByLabel(s.common.passphraseFields.repeat).fill(PASS)
  await section.getByRole('button', { name: s.security.settings.turnOn }).click()
  // The passphrase's scrypt, closing the shop, then the worker's first step.
  await section.getByRole('progressbar').waitFor({ timeout: 30_000 })
  return section
}

/**
 * Settings → Security turning encryption on for a seeded shop, in Chromium through the built
 * harness (the conversion in its worker thread, as in the app). The shop carries ~600 MB of audit
 * log so that the steps before the swap last 10 s or more here, long enough to see, photograph and
 * cancel — no pause is built into the product for the test. Twice cancelled (en, zh-CN: the file
 * stays plain, the section says so), then run to the end.
 */
describe.skipIf(noBrowserReason)('turning encryption on with progress and Cancel', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-conversion-',
    locale: 'en',
    dismissDigest: true,
    fill: (db) => {
      generateShop(db, { customers: 400, orders: 1_500, seed: 3, locale: 'zh-CN', asOf: '2026-06-30' })
      growAuditLog(db, 280)
      return db.prepare('SELECT count(*) FROM customers').pluck().get() as number
    },
  })

  it('en: shows the steps with Cancel, refuses other calls meanwhile, and a cancel leaves the shop as it was', async () => {
    const { harness: h, browser } = shop
    const { page, problems } = await openApp(browser, h.url, 'en')
    const section = await startEncrypting(page, en)
    await expect(h.invoke('customers.list', LIST)).rejects.toThrow(en.errors.security_converting)
    await section.getByText(en.security.conversion.closed).waitFor()
    await shots(page, section, 'progress-en')

    await section.getByRole('button', { name: en.security.conversion.cancel }).click()
    await section.getByText(en.errors.encryption_cancelled).waitFor({ timeout: 60_000 })
    await section.getByText(en.security.settings.plain).waitFor()
    await shots(page, section, 'cancelled-en')
    expect(isPlain(h.dataDir)).toBe(true)
    expect((await h.invoke<{ total: number }>('customers.list', LIST)).total).toBe(shop.filled)
    expect(problems).toEqual([])
    await page.context().close()
  }, 120_000)

  it('zh-CN: the same in Chinese, then a run to the end shows the recovery key and an encrypted file', async () => {
    const { harness: h, browser } = shop
    await h.invoke('settings.set', { locale: 'zh-CN' })
    const { page, problems } = await openApp(browser, h.url, 'zh-CN')
    let section = await startEncrypting(page, zh)
    await section.getByText(zh.security.conversion.closed).waitFor()
    await shots(page, section, 'progress-zh-CN')
    await section.getByRole('button', { name: zh.security.conversion.cancel }).click()
    await section.getByText(zh.errors.encryption_cancelled).waitFor({ timeout: 60_000 })
    await shots(page, section, 'cancelled-zh-CN')
    expect(isPlain(h.dataDir)).toBe(true)

    section = await startEncrypting(page, zh)
    // Leaving Settings meanwhile: the list is refused in words; back in Settings the bar is there again.
    await page.getByRole('navigation').getByRole('button', { name: zh.nav.customers }).click()
    await page.getByText(zh.errors.security_converting).first().waitFor()
    await page.getByRole('navigation').getByRole('button', { name: zh.nav.settings }).click()
    await section.getByRole('progressbar').waitFor()
    const notice = page.getByRole('region', { name: zh.common.recoveryKey.title })
    await notice.waitFor({ timeout: 120_000 })
    await page.getByLabel(zh.common.recoveryKey.confirm).check()
    await page.getByRole('button', { name: zh.common.recoveryKey.continue }).click()
    await section.getByText(zh.security.settings.encrypted).waitFor()
    expect(isPlain(h.dataDir)).toBe(false)
    expect((await h.invoke<{ total: number }>('customers.list', LIST)).total).toBe(shop.filled)
    expect(problems).toEqual([])
  }, 240_000)
})

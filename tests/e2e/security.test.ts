import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { settledTheme } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const PASS = 'correct horse battery staple'
const NEW_PASS = 'a new staple for the horse'
const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }
const KEY_FORMAT = /^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/
const en = resources.en
const zh = resources['zh-CN']

/** The screen as it is now, in the computer's light and then dark (the screens before the file opens follow it). */
async function lightAndDark(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await settledTheme(page, scheme, true)
    await page.screenshot({ path: join(SHOTS, `security-${name}-${scheme}.png`), fullPage: true })
  }
}

/** The data file, its WAL and every backup, bytes joined: what someone who copies the folder gets. */
function folderBytes(dir: string): Buffer {
  const backups = join(dir, 'backups')
  const files = [
    ...readdirSync(dir)
      .filter((name) => name.startsWith('kehu.sqlite'))
      .map((name) => join(dir, name)),
    ...(existsSync(backups) ? readdirSync(backups).filter((name) => name.endsWith('.sqlite')) : []).map((name) =>
      join(backups, name),
    ),
  ]
  return Buffer.concat(files.map((file) => readFileSync(file)))
}

/**
 * Issue 15 §6 on screen, in Chromium through the harness with `--first-run ask` and its test
 * keychain: the first run encrypts with a passphrase and shows the recovery key once; a restart
 * whose keychain cannot open the file asks for the passphrase (a wrong one is refused in words),
 * then for the recovery key, which leads on to a new passphrase; Settings → Security makes a new
 * recovery key (the old one stops working).
 */
describe.skipIf(noBrowserReason)('encryption on screen', () => {
  const folder = makeTempDir('kehu-e2e-security-')
  let harness: Harness | undefined
  let recoveryKey = ''
  let browser: Browser
  beforeAll(async () => {
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    folder.cleanup()
  })
  const restart = async (options: Parameters<typeof startHarness>[0]): Promise<Harness> => {
    await harness?.stop()
    harness = await startHarness({ dataDir: folder.dir, firstRun: 'ask', ...options })
    return harness
  }

  it('first run: encryption with a passphrase, the recovery key shown once and confirmed', async () => {
    const h = await restart({ locale: 'en' })
    await expect(h.invoke('customers.list', LIST)).rejects.toThrow(en.errors.security_locked)
    const zhPage = (await openApp(browser, h.url, 'zh-CN')).page
    await zhPage.getByRole('heading', { name: zh.security.setup.title }).waitFor()
    await lightAndDark(zhPage, 'first-run-zh-CN')
    await zhPage.context().close()

    const { page, problems } = await openApp(browser, h.url, 'en')
    await page.getByRole('heading', { name: en.security.setup.title }).waitFor()
    expect(await page.getByLabel(en.security.setup.encrypt).isChecked()).toBe(true)
    await page.getByLabel(en.security.passphrase, { exact: true }).fill('short')
    await page.getByText(en.common.passphraseFields.tooShort.replace('{{min}}', '8')).waitFor()
    await page.getByLabel(en.security.passphrase, { exact: true }).fill(PASS)
    await page.getByLabel(en.common.passphraseFields.repeat).fill(PASS)
    await lightAndDark(page, 'first-run-en')
    await page.getByRole('button', { name: en.security.setup.start }).click()

    const notice = page.getByRole('region', { name: en.common.recoveryKey.title })
    await notice.waitFor({ timeout: 30_000 })
    expect(await page.getByTestId('recovery-key').innerText()).toMatch(KEY_FORMAT)
    recoveryKey = await page.getByTestId('recovery-key').innerText()
    await lightAndDark(page, 'recovery-key-en')
    const next = page.getByRole('button', { name: en.common.recoveryKey.continue })
    expect(await next.isDisabled()).toBe(true)
    await page.getByLabel(en.common.recoveryKey.confirm).check()
    await next.click()
    await page.getByRole('navigation').waitFor()

    await h.invoke('customers.create', { name: 'Wang Xiaoming', phone: '13800138000' })
    await page.getByText('Wang Xiaoming').first().waitFor()
    expect(problems).toEqual([])
    await h.stop()
    harness = undefined
    const bytes = folderBytes(folder.dir)
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
    expect(bytes.includes('SQLite format 3')).toBe(false)
    expect(bytes.includes('Wang Xiaoming')).toBe(false)
    expect(bytes.includes('13800138000')).toBe(false)
  })

  it('keychain unavailable: the unlock screen refuses a wrong passphrase in words and opens with the right one', async () => {
    const h = await restart({ locale: 'en', keychain: 'unavailable' })
    await expect(h.invoke('customers.list', LIST)).rejects.toThrow(en.errors.security_locked)
    const { page, problems } = await openApp(browser, h.url, 'en')
    await page.getByRole('heading', { name: en.security.unlock.title }).waitFor()
    await lightAndDark(page, 'unlock-en')
    await page.getByLabel(en.security.passphrase).fill('not the passphrase')
    await page.getByRole('button', { name: en.security.unlock.unlock }).click()
    await page.getByRole('alert').getByText('That passphrase is not right. Try again in 1 s.').waitFor()
    await lightAndDark(page, 'unlock-wrong-en')
    // Wrong passphrases slow down (one count with the app lock): the next try is heard after 1 s.
    await page.waitForTimeout(1100)
    await page.getByLabel(en.security.passphrase).fill(PASS)
    await page.getByRole('button', { name: en.security.unlock.unlock }).click()
    await page.getByRole('navigation').waitFor()
    await page.getByText('Wang Xiaoming').first().waitFor()
    expect((await h.invoke<{ total: number }>('customers.list', LIST)).total).toBe(1)

    await page.getByRole('navigation').getByRole('button', { name: en.nav.settings }).click()
    const section = page.locator('.security-settings')
    await section.getByText(en.security.settings.encrypted).waitFor()
    await section.getByText(en.security.settings.noKeychain).waitFor()
    await section.scrollIntoViewIfNeeded()
    await page.emulateMedia({ colorScheme: 'light' })
    await page.screenshot({ path: join(SHOTS, 'security-settings-en-light.png') })
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.screenshot({ path: join(SHOTS, 'security-settings-en-dark.png') })
    expect(problems).toEqual([])
  })

  it('Settings → Security in zh-CN makes a new recovery key; the next start opens with it, not with the old one', async () => {
    const h = harness!
    await h.invoke('settings.set', { locale: 'zh-CN' })
    const { page, problems } = await openApp(browser, h.url, 'zh-CN')
    await page.getByRole('navigation').getByRole('button', { name: zh.nav.settings }).click()
    const section = page.locator('.security-settings')
    await section.getByText(zh.security.settings.encrypted).waitFor()
    await section.scrollIntoViewIfNeeded()
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      await page.screenshot({ path: join(SHOTS, `security-settings-zh-CN-${scheme}.png`) })
    }
    await section.getByRole('button', { name: zh.security.settings.newRecoveryKey }).click()
    await section.getByLabel(zh.security.current).fill(PASS)
    await section.getByRole('button', { name: zh.security.settings.newRecoveryKey }).click()
    await page.getByRole('region', { name: zh.common.recoveryKey.title }).waitFor({ timeout: 30_000 })
    const newKey = await page.getByTestId('recovery-key').innerText()
    expect(newKey).toMatch(KEY_FORMAT)
    expect(newKey).not.toBe(recoveryKey)
    await page.getByRole('region', { name: zh.common.recoveryKey.title }).scrollIntoViewIfNeeded()
    await lightAndDark(page, 'recovery-key-zh-CN')
    await page.getByLabel(zh.common.recoveryKey.confirm).check()
    await page.getByRole('button', { name: zh.common.recoveryKey.continue }).click()
    await section.getByText(zh.security.settings.encrypted).waitFor()
    expect(problems).toEqual([])

    const next = await restart({ locale: 'zh-CN', keychain: 'unavailable' })
    const unlock = (await openApp(browser, next.url, 'zh-CN')).page
    await unlock.getByRole('heading', { name: zh.security.unlock.title }).waitFor()
    await lightAndDark(unlock, 'unlock-zh-CN')
    await unlock.getByRole('button', { name: zh.security.unlock.useRecovery }).click()
    await unlock.getByLabel(zh.security.unlock.recoveryKey).fill(recoveryKey)
    await unlock.getByRole('button', { name: zh.security.unlock.unlock }).click()
    await unlock.getByRole('alert').getByText(zh.errors.recovery_key_wrong).waitFor()
    await lightAndDark(unlock, 'unlock-recovery-zh-CN')
    await unlock.getByLabel(zh.security.unlock.recoveryKey).fill(newKey)
    await unlock.getByRole('button', { name: zh.security.unlock.unlock }).click()
    // The passphrase is likely forgotten: a new one is offered before the app opens.
    await unlock.getByRole('heading', { name: zh.security.reset.title }).waitFor()
    await unlock.getByLabel(zh.security.next).fill(NEW_PASS)
    await unlock.getByLabel(zh.common.passphraseFields.repeat).fill(NEW_PASS)
    await lightAndDark(unlock, 'reset-passphrase-zh-CN')
    await unlock.getByRole('button', { name: zh.security.reset.save }).click()
    await unlock.getByRole('navigation').waitFor()
    await unlock.getByText('Wang Xiaoming').first().waitFor()

    const after = await restart({ locale: 'en', keychain: 'unavailable' })
    const again = (await openApp(browser, after.url, 'en')).page
    await again.getByLabel(en.security.passphrase).fill(NEW_PASS)
    await again.getByRole('button', { name: en.security.unlock.unlock }).click()
    await again.getByText('Wang Xiaoming').first().waitFor()
  })
})

describe.skipIf(noBrowserReason)('leaving encryption off on the first run', () => {
  it('opens the app at once and the file stays a plain SQLite file', async () => {
    const harness = await startHarness({ locale: 'en', firstRun: 'ask' })
    const browser = await launchBrowser()
    try {
      const { page, problems } = await openApp(browser, harness.url, 'en')
      await page.getByLabel(en.security.setup.plain).check()
      await page.getByRole('button', { name: en.security.setup.start }).click()
      await page.getByRole('navigation').waitFor()
      expect(readFileSync(join(harness.dataDir, 'kehu.sqlite')).subarray(0, 15).toString('latin1')).toBe('SQLite format 3')
      expect(problems).toEqual([])
    } finally {
      await browser.close()
      await harness.stop()
    }
  })
})

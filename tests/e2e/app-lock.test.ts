import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resources } from '../../src-shared/i18n'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'
import { settledTheme } from './support/page-shots'

const SHOTS = resolve(__dirname, '../../test-results/screens')
const PASS = 'correct horse battery'
const LIST = { view: 'active', sort: { column: 'name', dir: 'asc' }, offset: 0, limit: 50 }

/**
 * The app lock in Chromium through the harness: Settings → App lock turns it on and sets the
 * passphrase (the recovery key shows once); Ctrl+L locks — the window shows nothing of the shop
 * and a channel is refused; a wrong passphrase says to wait; the right one unlocks.
 */
describe.skipIf(noBrowserReason)('the app lock', () => {
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    browser = await launchBrowser()
    mkdirSync(SHOTS, { recursive: true })
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('is turned on in Settings, locks on Ctrl+L, refuses channels, and unlocks with the passphrase', async () => {
    const strings = resources.en
    await harness.invoke('customers.create', { name: 'Wang Xiaoming', phone: '13800138000' })
    const { page, problems } = await openApp(browser, harness.url, 'en')
    await page.getByRole('navigation').getByRole('button', { name: strings.nav.settings }).click()
    await page.getByRole('heading', { name: strings.lock.settings.title }).scrollIntoViewIfNeeded()
    const section = page.locator('.lock-settings')
    const save = section.getByRole('button', { name: strings.lock.settings.save })
    // Nothing changed yet: nothing to save.
    expect(await save.isDisabled()).toBe(true)
    await section.getByLabel(strings.lock.settings.enabled).check()
    await section.getByLabel(strings.lock.settings.newPassphrase).fill(PASS)
    await section.getByLabel(strings.common.passphraseFields.repeat).fill(PASS)
    await save.click()
    // The same shown-once panel as Settings → Security: Copy, Print, and nothing on until it is written down.
    await page.getByRole('region', { name: strings.common.recoveryKey.title }).waitFor()
    expect(await page.getByTestId('recovery-key').innerText()).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4})+$/)
    // Monospace in English too (the English proportional forms once made the mono face proportional).
    const widths = await page.getByTestId('recovery-key').evaluate((key) =>
      ['IIII', 'WWWW'].map((text) => {
        const probe = key.appendChild(document.createElement('span'))
        probe.textContent = text
        const width = probe.getBoundingClientRect().width
        probe.remove()
        return width
      }),
    )
    expect(widths[0]).toBe(widths[1])
    await page.getByRole('region', { name: strings.common.recoveryKey.title }).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(SHOTS, 'lock-settings-en-light.png') })
    await page.getByLabel(strings.common.recoveryKey.confirm).check()
    await page.getByRole('button', { name: strings.common.recoveryKey.continue }).click()
    await page.getByRole('region', { name: strings.common.recoveryKey.title }).waitFor({ state: 'detached' })

    await page.getByRole('navigation').getByRole('button', { name: strings.nav.customers }).click()
    await page.getByText('Wang Xiaoming').first().waitFor()
    await page.keyboard.press('Control+l')
    await page.getByRole('heading', { name: strings.lock.screen.title }).waitFor()
    expect(await page.locator('body').innerText()).not.toContain('Wang Xiaoming')
    expect(await page.getByRole('navigation').count()).toBe(0)
    await expect(harness.invoke('customers.list', LIST)).rejects.toThrow(strings.errors.app_locked)
    await page.screenshot({ path: join(SHOTS, 'lock-screen-en-light.png') })

    await page.getByLabel(strings.lock.screen.passphrase).fill('not the passphrase')
    await page.getByRole('button', { name: strings.lock.screen.unlock }).click()
    await page.getByRole('alert').getByText('That passphrase is not right. Try again in 1 s.').waitFor()
    await page.screenshot({ path: join(SHOTS, 'lock-screen-wrong-en-light.png') })
    await page.waitForTimeout(1100)
    await page.getByLabel(strings.lock.screen.passphrase).fill(PASS)
    await page.getByRole('button', { name: strings.lock.screen.unlock }).click()
    await page.getByRole('navigation').waitFor()
    await page.getByRole('navigation').getByRole('button', { name: strings.nav.customers }).click()
    await page.getByText('Wang Xiaoming').first().waitFor()
    expect((await harness.invoke<{ total: number }>('customers.list', LIST)).total).toBe(1)
    expect(problems).toEqual([])
  })

  it('shows the lock screen in zh-CN, dark', async () => {
    await harness.invoke('settings.set', { locale: 'zh-CN', theme: 'dark' })
    await harness.invoke('lock.lock', {})
    const { page } = await openApp(browser, harness.url, 'zh-CN')
    await page.getByRole('heading', { name: resources['zh-CN'].lock.screen.title }).waitFor()
    // The owner's theme, read while locked (settings.get passes the lock; nothing of the shop does).
    await settledTheme(page, 'dark')
    await page.screenshot({ path: join(SHOTS, 'lock-screen-zh-CN-dark.png') })
    await page.getByLabel(resources['zh-CN'].lock.screen.passphrase).fill(PASS)
    await page.getByRole('button', { name: resources['zh-CN'].lock.screen.unlock }).click()
    await page.getByRole('navigation').waitFor()
  })
})

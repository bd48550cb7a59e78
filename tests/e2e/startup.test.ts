import { readdirSync, statSync } from 'node:fs'
import { basename, join, resolve } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const ASSETS = resolve(__dirname, '../../out/renderer/assets')
/** The whole renderer's script was one 1.2 MB file; the start page now needs well under half of that. */
const START_SCRIPT_LIMIT = 600 * 1024

/**
 * Lazy routes (issue 9 point 13): the customer list, the start page, shows its rows from the
 * scripts of the shell and the list alone; the other pages' scripts load after it (preloaded
 * in the background) and open as usual. The time it takes is the `startup` bench group's figure.
 */
describe.skipIf(noBrowserReason)('startup: the start page loads only its own scripts', () => {
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    await harness.invoke('customers.create', { name: 'Ada' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('shows the first customer before the other pages load, then opens them', async () => {
    const loaded: string[] = []
    const { page, problems } = await openApp(browser, harness.url, 'en-US', (p) =>
      p.on('request', (r) => void (r.resourceType() === 'script' && loaded.push(basename(new URL(r.url()).pathname)))),
    )
    await expect.poll(() => page.getByRole('grid').getByText('Ada').count()).toBe(1)
    const atStart = [...loaded]
    const all = readdirSync(ASSETS).filter((f) => f.endsWith('.js'))
    const bytes = (files: string[]): number => files.reduce((sum, f) => sum + statSync(join(ASSETS, f)).size, 0)
    expect(atStart.length).toBeGreaterThan(0)
    expect(all.filter((f) => !atStart.includes(f)).length).toBeGreaterThan(0)
    expect(bytes(atStart)).toBeLessThan(START_SCRIPT_LIMIT)
    // Only the UI language's strings: the other catalog loads when the language is switched.
    expect(atStart.filter((f) => f.startsWith('en-'))).toHaveLength(1)
    expect(atStart.filter((f) => f.startsWith('zh-CN-'))).toEqual([])

    await page.getByRole('button', { name: 'Import / Export' }).first().click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Import and export' }).count()).toBe(1)
    await page.getByRole('button', { name: 'Settings' }).first().click()
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Settings' }).count()).toBe(1)
    expect(loaded.length).toBeGreaterThan(atStart.length)
    expect(problems).toEqual([])
  })
})

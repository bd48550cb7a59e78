import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDatabase } from '../../src-main/db'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { makeTempDir } from '../support/temp-dir'
import { dismissStartDigest, launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

const zh = resources['zh-CN']
const SHOTS = resolve(__dirname, '../../test-results/screens')

/**
 * Saving and printing the dashboard in Chromium over the real handlers, on a seeded shop in
 * zh-CN: a chart saved as PNG (a real image) and as SVG (its title in the drawing), and the
 * report printed to PDF — the page's print mode and stylesheet, Chromium's PDF handed to the
 * harness in place of Electron's printToPDF — read back with pdftotext.
 */
describe.skipIf(noBrowserReason)('dashboard: save a chart, print the report', () => {
  const temp = makeTempDir('kehu-e2e-export-')
  const out = makeTempDir('kehu-e2e-export-out-')
  let harness: Harness
  let browser: Browser
  let page: Page
  let problems: string[]
  beforeAll(async () => {
    const { db } = openDatabase(join(temp.dir, 'kehu.sqlite'), { create: true })
    generateShop(db, { customers: 600, orders: 4000, tickets: 200, seed: 5, locale: 'zh-CN' })
    db.close()
    harness = await startHarness({ locale: 'zh-CN', dataDir: temp.dir })
    await harness.invoke('settings.set', { locale: 'zh-CN', theme: 'dark' })
    browser = await launchBrowser()
    await dismissStartDigest(browser, harness)
    ;({ page, problems } = await openApp(browser, harness.url, 'zh-CN'))
    await page.getByRole('navigation').getByRole('button', { name: zh.nav.dashboard }).click()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
    temp.cleanup()
    out.cleanup()
  })

  const forecast = () => page.getByRole('region', { name: zh.dashboard.trend.title })
  const saveChartAs = async (format: 'png' | 'svg', path: string): Promise<void> => {
    await harness.queueDialog('saveFile', path)
    await forecast().locator('.menu > summary').click()
    await page.getByRole('button', { name: zh.report.export[format] }).click()
    await expect.poll(() => existsSync(path), { timeout: 15_000 }).toBe(true)
  }

  it('saves a chart as a PNG at twice the pixels of its box', async () => {
    const box = forecast().locator('.chart__box')
    await expect.poll(() => box.getAttribute('aria-label'), { timeout: 60_000 }).toBeTruthy()
    const path = join(out.dir, 'forecast.png')
    await saveChartAs('png', path)
    const png = readFileSync(path)
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR')
    const size = (await box.boundingBox())!
    expect(png.readUInt32BE(16)).toBe(Math.round(size.width) * 2)
    expect(png.readUInt32BE(20)).toBeGreaterThan(Math.round(size.height) * 2)
    await expect.poll(() => page.getByText(zh.report.export.saved.replace('{{name}}', 'forecast.png')).count()).toBe(1)
  })

  it('saves a chart as an SVG holding its title, which Chromium reads as a well-formed drawing', async () => {
    const path = join(out.dir, '营收.svg')
    await saveChartAs('svg', path)
    const svg = readFileSync(path, 'utf8')
    expect(svg.startsWith('<svg')).toBe(true)
    // The caption's own text, without the unit beside it.
    const title = await forecast()
      .locator('figcaption')
      .evaluate((caption) => caption.firstChild?.textContent ?? '')
    expect(title.length).toBeGreaterThan(0)
    expect(svg).toContain(`<title>${title}</title>`)
    expect(svg).toContain(`>${title}</text>`)
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
      return { error: doc.querySelector('parsererror')?.textContent ?? null, paths: doc.querySelectorAll('path').length }
    }, svg)
    expect(parsed.error).toBeNull()
    expect(parsed.paths).toBeGreaterThan(5)
  })

  it('Ctrl+P: every chart has its SVG copy, in the light theme, by the time `beforeprint` returns', async () => {
    const during = await page.evaluate(() => {
      window.dispatchEvent(new Event('beforeprint'))
      // Read in the same task: the browser lays the page out for print right after the event.
      const state = {
        charts: document.querySelectorAll('.chart__box').length,
        copies: document.querySelectorAll('img.chart__print').length,
        theme: document.documentElement.dataset.theme,
      }
      window.dispatchEvent(new Event('afterprint'))
      return state
    })
    expect(during.charts).toBeGreaterThan(3)
    expect(during).toEqual({ charts: during.charts, copies: during.charts, theme: 'light' })
    await expect.poll(() => page.locator('img.chart__print').count()).toBe(0)
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')
  })

  it('prints the report to a PDF of several A4 pages holding the Chinese title and the cards', async () => {
    const path = join(out.dir, 'report.pdf')
    await harness.queueDialog('saveFile', path)
    await page.getByRole('button', { name: zh.report.print.button }).click()
    // Print mode: every chart shows its SVG copy, in the light theme.
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printing), { timeout: 15_000 }).toBe('ready')
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light')
    const charts = await page.locator('.chart__box').count()
    expect(charts).toBeGreaterThan(3)
    expect(await page.locator('img.chart__print').count()).toBe(charts)
    // What Electron's printToPDF does in the app: Chromium prints the page with its print stylesheet.
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const handed = await fetch(new URL('/__kehu/test/print', harness.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kehu-token': harness.token },
      body: JSON.stringify({ pdf: pdf.toString('base64') }),
    })
    expect(handed.status).toBe(204)
    await expect.poll(() => existsSync(path), { timeout: 15_000 }).toBe(true)
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.printing ?? null)).toBeNull()
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark')

    expect(readFileSync(path).subarray(0, 5).toString('ascii')).toBe('%PDF-')
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain(zh.report.print.title)
    for (const title of [zh.dashboard.trend.title, zh.dashboard.churn.title, zh.beforeAfter.title]) expect(text).toContain(title)
    // No page header, top bar or buttons on paper: the report's own header stands in.
    expect(text).not.toContain(zh.report.print.button)
    expect(text).not.toContain(zh.dashboard.intro)
    expect(text).not.toContain(zh.report.export.menu)
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBeGreaterThan(1)
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/)
    expect(problems).toEqual([])
    // For a person to look at (test-results/ is not committed).
    mkdirSync(SHOTS, { recursive: true })
    copyFileSync(path, join(SHOTS, 'dashboard-report-zh-CN.pdf'))
  })
})

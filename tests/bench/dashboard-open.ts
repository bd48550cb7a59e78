import { DASHBOARD_KPIS } from '../../src-shared/domain/dashboard-types'
import { resources } from '../../src-shared/i18n'
import type { Browser } from 'playwright-core'
import { launchBrowser } from '../e2e/support/browser'
import { pageLink, startHarness } from '../e2e/support/harness'
import { median, round } from './measure'

const RUNS = 5

declare global {
  interface Window {
    __kehuDashboardFrom?: number
    __kehuDashboardPaintedMs?: number
  }
}

/**
 * `dashboard.open.ms`: from the click on "Dashboard" in the sidebar to the frame after all KPI
 * tiles and the revenue trend's chart are on the page, in Debian's Chromium against the built
 * harness on the shop in `dataDir` (issue 13: under 300 ms). Each run is a new browser context
 * (no cache, no renderer query cache) on one harness; the app is first opened on its start page
 * and left until it has started: its queries answered and the other pages' scripts loaded in the
 * background (app.tsx preloads them a second after start), as on any click after the first
 * second. `dashboard.open.beforePreload_ms` is the same click made as soon as the start page's
 * queries settle, before that preload: the page's scripts (ECharts among them) load on the click.
 */
export async function dashboardOpen(dataDir: string, log: (line: string) => void): Promise<Record<string, number>> {
  const harness = await startHarness({ locale: 'zh-CN', dataDir })
  const browser = await launchBrowser()
  try {
    const started = await openTimes(harness.url, browser, true, log)
    const early = await openTimes(harness.url, browser, false, log)
    return {
      'dashboard.open.ms': round(median(started), 0),
      'dashboard.open.max_ms': round(Math.max(...started), 0),
      'dashboard.open.beforePreload_ms': round(median(early), 0),
    }
  } finally {
    await browser.close()
    await harness.stop()
  }
}

/** RUNS clicks, each in a new context; `afterPreload`: once the pages' scripts have loaded in the background. */
async function openTimes(url: string, browser: Browser, afterPreload: boolean, log: (line: string) => void): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } })
    try {
      const page = await context.newPage()
      await page.addInitScript(watchDashboard, DASHBOARD_KPIS.length)
      await page.goto(await pageLink(url))
      const nav = page.getByRole('navigation').getByRole('button', { name: resources['zh-CN'].nav.dashboard })
      await nav.waitFor()
      // The start page's own queries settle first, so the figure is the dashboard's alone.
      await page.waitForLoadState('networkidle')
      if (afterPreload) await page.evaluate(scriptsPreloaded)
      await nav.evaluate((button: HTMLElement) => {
        window.__kehuDashboardFrom = performance.now()
        button.click()
      })
      await page.waitForFunction(() => window.__kehuDashboardPaintedMs !== undefined, undefined, { timeout: 60_000 })
      const ms = await page.evaluate(() => window.__kehuDashboardPaintedMs! - window.__kehuDashboardFrom!)
      times.push(ms)
      log(
        `run ${run + 1}${afterPreload ? '' : ' (before the preload)'}: tiles and trend painted ${ms.toFixed(0)} ms after the click`,
      )
    } finally {
      await context.close()
    }
  }
  return times
}

/** Runs in the page: resolves once the charts' script has loaded and no resource has followed for half a second. */
function scriptsPreloaded(): Promise<void> {
  return new Promise((resolve) => {
    let seen = -1
    const check = (): void => {
      const entries = performance.getEntriesByType('resource')
      const charts = entries.some((e) => /\/chart-[^/]*\.js$/.test(e.name))
      if (charts && entries.length === seen) resolve()
      else setTimeout(check, 500)
      seen = entries.length
    }
    check()
  })
}

/** Runs in the page: the frame after every tile holds a figure and the trend chart has drawn its description. */
function watchDashboard(tiles: number): void {
  const ready = (): boolean =>
    document.querySelectorAll('.kpi-tile .kpi-tile__value').length === tiles &&
    document.querySelector('.dashboard-card--wide .chart__box[aria-label]') !== null
  new MutationObserver((_, observer) => {
    if (window.__kehuDashboardFrom === undefined || !ready()) return
    observer.disconnect()
    requestAnimationFrame(() => (window.__kehuDashboardPaintedMs = performance.now()))
  }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] })
}

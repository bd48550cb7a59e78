import { existsSync } from 'node:fs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { expect } from 'vitest'
import { resources } from '../../../src-shared/i18n'
import { pageLink, type Harness } from './harness'

/** Debian's chromium, as CI installs it (TOOLCHAIN.md); never a downloaded browser. */
export const CHROMIUM = process.env.KEHU_CHROMIUM ?? '/usr/bin/chromium'

/**
 * On a user's machine without chromium the end-to-end tests skip with this reason; in CI a
 * missing browser is a failure (the suite would otherwise pass without testing the UI).
 */
export const noBrowserReason = existsSync(CHROMIUM)
  ? undefined
  : `skipped: no chromium at ${CHROMIUM} (install Debian's chromium or set KEHU_CHROMIUM)`
if (noBrowserReason && process.env.CI) throw new Error(noBrowserReason)
if (noBrowserReason) console.warn(noBrowserReason)

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/**
 * A page that fails the test on any request leaving the harness origin (the app makes no
 * network request, ever) and on uncaught page errors. `beforeLoad` runs before the app loads
 * (e.g. to count its requests from the very first).
 */
export async function openApp(
  browser: Browser,
  url: string,
  locale = 'en-US',
  beforeLoad?: (page: Page) => void,
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  beforeLoad?.(page)
  const problems: string[] = []
  const origin = new URL(url).origin
  page.on('request', (request) => {
    const target = request.url()
    if (!target.startsWith(origin) && !target.startsWith('data:') && !target.startsWith('blob:')) {
      problems.push(`network request outside the app: ${target}`)
    }
  })
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  await page.goto(await pageLink(url))
  return { page, problems }
}

/** Any of the app's languages, as an exact accessible name. */
const anyLocale = (pick: (strings: (typeof resources)['en']) => string): RegExp =>
  new RegExp(
    `^(${Object.values(resources)
      .map((strings) => pick(strings).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})$`,
  )

/**
 * The reminders that came due before the harness started (a seeded shop has tasks with past
 * reminders) arrive as ONE digest on the first page opened, and it stays over the top right of
 * every page, the page header's buttons included, until dismissed. A test of another feature on a
 * seeded shop takes it here, as a person would, so that every case starts from the same screen.
 * Whether one came due depends on the hour (the seed's history ends at midnight UTC), so the
 * harness says: with none waiting, nothing is opened.
 */
export async function dismissStartDigest(browser: Browser, harness: Pick<Harness, 'url' | 'startDigests'>): Promise<void> {
  if (harness.startDigests === 0) return
  const { page, problems } = await openApp(browser, harness.url)
  const reminders = page.getByRole('region', { name: anyLocale((strings) => strings.tasks.notification.region) })
  const cards = reminders.getByRole('article')
  // Locator waits, not expect.poll: this runs in beforeAll.
  await cards.first().waitFor()
  expect(await cards.count()).toBe(1)
  await reminders.getByRole('button', { name: anyLocale((strings) => strings.tasks.notification.dismiss) }).click()
  await cards.first().waitFor({ state: 'detached' })
  expect(problems).toEqual([])
  await page.context().close()
}

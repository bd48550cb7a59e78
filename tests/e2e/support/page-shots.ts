import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** The page scrolls inside <main>: grow the window to the page's height for a whole-page shot. */
export async function wholePage(page: Page, folder: string, name: string): Promise<void> {
  const height = await page.evaluate(
    () => document.querySelector('main')!.scrollHeight + document.querySelector('main')!.offsetTop,
  )
  await page.setViewportSize({ width: 1280, height: Math.max(800, height) })
  await page.screenshot({ path: join(folder, `${name}.png`) })
  await page.setViewportSize({ width: 1280, height: 800 })
}

/** No page may be wider than the window (a cut-off column or a too-wide control shows here). */
export const noSidewaysSpill = async (page: Page): Promise<void> =>
  expect(
    await page.evaluate(() => document.querySelector('main')!.scrollWidth - document.querySelector('main')!.clientWidth),
  ).toBe(0)

/**
 * Waits until the page shows `scheme`: the theme applied, and every colour transition it
 * started finished (a shot mid-way shows buttons between the two themes). With `emulate`, the
 * system's scheme is switched first (the app follows it when the owner chose "system").
 */
export async function settledTheme(page: Page, scheme: 'light' | 'dark', emulate = false): Promise<void> {
  if (emulate) await page.emulateMedia({ colorScheme: scheme })
  await page.waitForFunction((want) => document.documentElement.dataset.theme === want, scheme)
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  )
}

/** Settings draws some sections lazily (Security, App lock): waits until each has more than its heading. */
export async function settingsFilled(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const sections = [...document.querySelectorAll('.settings-section')]
    return sections.length > 0 && sections.every((section) => section.children.length > 1)
  })
}

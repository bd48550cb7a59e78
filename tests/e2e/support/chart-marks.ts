import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/**
 * Reading and clicking a dashboard chart in Chromium: its box (the ECharts canvas, labelled
 * with the chart's description once drawn) and its clickable marks, found where ECharts shows
 * the pointer.
 */
export const chartBox = (page: Page, title: string): Locator =>
  page.getByRole('region', { name: title }).locator('.chart__box').first()

/** The chart's description once it is drawn (ECharts `aria`). */
export async function chartDescription(page: Page, title: string): Promise<string> {
  await expect.poll(() => chartBox(page, title).getAttribute('aria-label'), { timeout: 60_000 }).toBeTruthy()
  return (await chartBox(page, title).getAttribute('aria-label'))!
}

/** Moves across a chart low over its bars until ECharts shows the pointer (a clickable mark); where, if anywhere. */
export async function findPointer(page: Page, target: Locator): Promise<{ x: number; y: number } | null> {
  await target.scrollIntoViewIfNeeded()
  const box = (await target.boundingBox())!
  const layer = target.locator('> div').first()
  const y = box.y + box.height * 0.75
  for (let x = box.x + 4; x < box.x + box.width; x += 4) {
    await page.mouse.move(x, y)
    if ((await layer.evaluate((el) => getComputedStyle(el).cursor)) === 'pointer') return { x, y }
  }
  return null
}

/** Clicks the first clickable mark from the left of a chart box. */
export async function clickFirstMark(page: Page, target: Locator, name: string): Promise<void> {
  const at = await findPointer(page, target)
  if (!at) throw new Error(`no clickable mark found on the chart “${name}”`)
  await page.mouse.click(at.x, at.y)
}

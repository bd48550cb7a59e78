import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ensureDefaultPipelineStages } from '../../src-main/deals/default-stages'
import { generateShop } from '../../src-main/seed/generate-shop'
import { resources } from '../../src-shared/i18n'
import { noBrowserReason, openApp } from './support/browser'
import { noSidewaysSpill } from './support/page-shots'
import { SHOTS, seededShop } from './support/seeded-shop'

const LOCALES = ['zh-CN', 'en'] as const
const THEMES = ['light', 'dark'] as const

/**
 * The Today page, a customer's tasks panel, the task form and an in-app reminder, in both
 * languages and both themes, on a seeded shop whose tasks are due around today. Saved for a
 * person to look at (test-results/screens/); asserted: the blocks and the reminder show,
 * nothing spills sideways, no request leaves the app, no script fails.
 */
describe.skipIf(noBrowserReason)('screenshots of Today and the in-app reminder', () => {
  const shop = seededShop({
    prefix: 'kehu-e2e-tasks-',
    locale: 'zh-CN',
    fill: (db) => {
      ensureDefaultPipelineStages(db, 'zh-CN')
      generateShop(db, { customers: 1500, orders: 3000, seed: 5, locale: 'zh-CN' })
      return db
        .prepare(
          `SELECT c.id, c.name FROM customers c JOIN tasks t ON t.customer_id = c.id
           WHERE t.done_at IS NULL GROUP BY c.id ORDER BY count(*) DESC, c.id LIMIT 1`,
        )
        .get() as { id: number; name: string }
    },
  })

  for (const locale of LOCALES) {
    for (const theme of THEMES) {
      it(`${locale} ${theme}: Today, a reminder, the task form, a customer's tasks`, async () => {
        const strings = resources[locale].tasks
        await shop.harness.invoke('settings.set', { locale, theme })
        const { page, problems } = await openApp(shop.browser, shop.harness.url, locale === 'en' ? 'en-US' : 'zh-CN')
        const shot = (name: string): Promise<Buffer> => page.screenshot({ path: join(SHOTS, `${name}-${locale}-${theme}.png`) })
        await page.locator('.sidebar__link').filter({ hasText: resources[locale].nav.today }).click()
        await expect.poll(() => page.getByRole('heading', { level: 1, name: strings.today.title }).count()).toBe(1)
        await expect
          .poll(() =>
            page
              .getByRole('region', { name: new RegExp(`^${strings.today.overdue}`) })
              .getByRole('listitem')
              .count(),
          )
          .toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await shot('today')

        // A reminder due in a minute: the test clock moves the backend there, and it shows (under
        // the digest of this morning's reminders that came due before the app started, first run only).
        const title = locale === 'en' ? 'Call back about the quote' : '回电话确认报价'
        const now = Date.parse(await shop.harness.moveClock({}))
        await shop.harness.invoke('tasks.create', {
          title,
          due: { kind: 'time', at: new Date(now + 30 * 60_000).toISOString() },
          remindAt: new Date(now + 60_000).toISOString(),
          link: { kind: 'customer', id: shop.filled.id },
        })
        await shop.harness.moveClock({ advanceMs: 60_000 })
        const reminders = page.getByRole('region', { name: strings.notification.region, exact: true })
        const card = reminders.getByRole('article', { name: title })
        await expect.poll(() => card.count()).toBe(1)
        await card.locator('summary').click() // the snooze choices, open
        await shot('reminder')
        const dismiss = reminders.getByRole('button', { name: strings.notification.dismiss })
        while ((await dismiss.count()) > 0) await dismiss.first().click()
        await expect.poll(() => reminders.getByRole('article').count()).toBe(0)

        await page.keyboard.press('n')
        await expect.poll(() => page.getByRole('dialog', { name: strings.editor.newTitle }).count()).toBe(1)
        await shot('task-form')
        await page.keyboard.press('Escape')

        // The customer of the reminder, from its row on Today: the tasks panel on their page.
        await page
          .locator('.task-item')
          .filter({ hasText: shop.filled.name })
          .locator('.link-button', { hasText: shop.filled.name })
          .first()
          .click()
        await expect.poll(() => page.getByRole('heading', { level: 1, name: shop.filled.name }).count()).toBe(1)
        await expect
          .poll(() => page.getByRole('region', { name: strings.panel.title }).getByRole('listitem').count())
          .toBeGreaterThan(0)
        await noSidewaysSpill(page)
        await shot('customer-tasks')
        expect(problems).toEqual([])
        await page.context().close()
      })
    }
  }
})

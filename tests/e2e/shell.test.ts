import { request } from 'node:http'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser, noBrowserReason, openApp } from './support/browser'
import { startHarness, type Harness } from './support/harness'

describe.skipIf(noBrowserReason)('the app shell in Chromium, against the real backend', () => {
  let harness: Harness
  let browser: Browser
  beforeAll(async () => {
    harness = await startHarness({ locale: 'en' })
    browser = await launchBrowser()
  })
  afterAll(async () => {
    await browser?.close()
    await harness?.stop()
  })

  it('follows the OS language, switches language in Settings and remembers it', async () => {
    const { page, problems } = await openApp(browser, harness.url, 'en-US')
    const nav = page.getByRole('navigation', { name: 'Main navigation' })
    await expect.poll(() => nav.getByRole('button', { name: 'Customers' }).count()).toBe(1)

    await nav.getByRole('button', { name: 'Settings' }).click()
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
    const zhNav = page.getByRole('navigation', { name: '主导航' })
    await expect.poll(() => zhNav.getByRole('button', { name: '客户' }).count()).toBe(1)
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN')
    expect(await harness.invoke('settings.get', {})).toMatchObject({ locale: 'zh-CN' })

    await page.reload()
    await expect.poll(() => page.getByRole('navigation', { name: '主导航' }).count()).toBe(1)
    expect(problems).toEqual([])
    await page.context().close()
  })

  it('the harness refuses calls without its token or from a foreign Host', async () => {
    const invoke = (headers: Record<string, string>): Promise<Response> =>
      fetch(new URL('/__kehu/invoke', harness.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ channel: 'settings.get', input: {} }),
      })
    expect((await invoke({})).status).toBe(403)
    expect((await invoke({ 'x-kehu-token': 'guess' })).status).toBe(403)
    expect((await invoke({ 'x-kehu-token': harness.token })).status).toBe(200)
    // fetch cannot override Host (a forbidden header), so a DNS-rebinding request is made by hand.
    const { port } = new URL(harness.url)
    const status = await new Promise<number | undefined>((done, fail) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `evil.example:${port}` } }, (res) => {
        res.resume()
        done(res.statusCode)
      })
        .on('error', fail)
        .end()
    })
    expect(status).toBe(403)
  })
})

// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fake, renderApp } from './support/render-app'

afterEach(() => cleanup())

// Sidebar queries stay in the navigation landmark: pages have buttons with the same names.
const sidebar = (): ReturnType<typeof within> => within(screen.getByRole('navigation'))
const openSettings = (name = 'Settings'): void => {
  fireEvent.click(sidebar().getByRole('button', { name }))
}

describe('language', () => {
  it('switching to Chinese in Settings changes every visible string at once, and persists', async () => {
    await renderApp({ locale: 'en' })
    expect(document.documentElement.lang).toBe('en')
    expect(sidebar().getByRole('button', { name: 'Customers' })).toBeTruthy()
    openSettings()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')

    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } })

    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('设置'))
    expect(sidebar().getByRole('button', { name: '客户' })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeTruthy()
    expect(screen.getByRole('heading', { name: '语言与货币' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('zh-CN')
    expect(fake.calls).toContainEqual({ channel: 'settings.set', input: { locale: 'zh-CN' } })
    expect(fake.settings.locale).toBe('zh-CN')
  })

  it('starts in the saved language', async () => {
    await renderApp({ locale: 'zh-CN' })
    await sidebar().findByRole('button', { name: '销售管道' })
    expect(document.documentElement.lang).toBe('zh-CN')
  })

  it('rolls back and says why when saving fails', async () => {
    await renderApp({ locale: 'en' })
    openSettings()
    fake.failNextSet = 'The disk is full.'
    fireEvent.change(screen.getByLabelText('Language'), { target: { value: 'zh-CN' } })
    // The setting's own alert: other sections of the page may say something of their own.
    const alert = await screen.findByText(/The setting was not saved/)
    expect(alert.closest('[role="alert"]')?.textContent).toContain('The setting was not saved: The disk is full.')
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')
    expect((screen.getByLabelText('Language') as HTMLSelectElement).value).toBe('en')
  })
})

describe('settings page', () => {
  it('changes theme and currency and shows the About block from app.info', async () => {
    await renderApp({ theme: 'light' })
    openSettings()
    expect(document.documentElement.dataset.theme).toBe('light')
    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'))
    expect(fake.settings.theme).toBe('dark')

    fireEvent.change(screen.getByLabelText('Currency'), { target: { value: 'USD' } })
    await waitFor(() => expect(fake.settings.currency).toBe('USD'))

    expect(screen.getByText('/home/shop/Kehu/kehu.sqlite')).toBeTruthy()
    expect(screen.getByText('0.1.0')).toBeTruthy()
    expect(screen.getByText('Desktop app')).toBeTruthy()
  })
})

describe('empty states', () => {
  it('no page is a placeholder any more: Marketing opens its own page', async () => {
    await renderApp()
    // The pipeline and tickets landed (issues 11, 12), marketing with issue 14: its page replaced the "coming" state.
    fireEvent.click(sidebar().getByRole('button', { name: 'Marketing' }))
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Marketing'))
    expect(screen.queryByText('Coming with the next release: marketing')).toBeNull()
    expect(sidebar().getByRole('button', { name: 'Marketing' }).getAttribute('aria-current')).toBe('page')
  })
})

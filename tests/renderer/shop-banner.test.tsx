// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { useNavigationStore } from '../../src-renderer/src/stores/navigation'
import { cleanup, fake, renderApp } from './support/render-app'

afterEach(() => {
  cleanup()
  fake.info.shop = 'own'
  sessionStorage.clear()
})

const banner = (): HTMLElement | null => screen.queryByRole('region', { name: 'Demo shop notice' })

describe('the demo shop banner', () => {
  it('is absent on the owner’s shop, and the window title is the app’s', async () => {
    await renderApp()
    expect(banner()).toBeNull()
    expect(document.title).toBe('Kehu')
  })

  it('marks the demo shop above every page and in the window title', async () => {
    fake.info.shop = 'demo'
    await renderApp()
    const region = await screen.findByRole('region', { name: 'Demo shop notice' })
    expect(region.textContent).toContain('Demo shop — practice data, not yours')
    expect(document.title).toBe('Kehu — Demo shop')
    act(() => useNavigationStore.getState().navigate({ page: 'settings' }))
    expect(banner()).not.toBeNull()
  })

  it('asks the main process for the owner’s shop, and says so when it refuses', async () => {
    fake.info.shop = 'demo'
    await renderApp()
    const back = within(await screen.findByRole('region', { name: 'Demo shop notice' })).getByRole('button', {
      name: 'Back to my shop',
    })
    fireEvent.click(back)
    // The fake bridge answers no shop channel: the refusal is a toast and the button works again.
    expect(fake.calls.some((c) => c.channel === 'app.openOwnShop')).toBe(true)
    await screen.findByText(/Unknown request "app\.openOwnShop"/)
    await waitFor(() => expect(back).not.toHaveProperty('disabled', true))
  })

  it('asks before Reset demo', async () => {
    fake.info.shop = 'demo'
    await renderApp()
    fireEvent.click(
      within(await screen.findByRole('region', { name: 'Demo shop notice' })).getByRole('button', { name: 'Reset demo' }),
    )
    const dialog = await screen.findByRole('dialog', { name: 'Start the demo shop over?' })
    expect(fake.calls.some((c) => c.channel === 'app.openDemoShop')).toBe(false)
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reset demo' }))
    expect(fake.calls.find((c) => c.channel === 'app.openDemoShop')?.input).toEqual({ reset: true })
  })

  it('offers the demo shop in the palette, in either language, and Back to my shop inside it', async () => {
    await renderApp()
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true })
    const input = await screen.findByRole('combobox', { name: 'Command palette' })
    fireEvent.change(input, { target: { value: '演示' } })
    const option = await screen.findByRole('option', { name: 'Open the demo shop' })
    fireEvent.click(option)
    await waitFor(() => expect(fake.calls.some((c) => c.channel === 'app.openDemoShop')).toBe(true))
    cleanup()
    fake.info.shop = 'demo'
    await renderApp()
    fireEvent.keyDown(window, { key: 'k', ctrlKey: true })
    fireEvent.change(await screen.findByRole('combobox', { name: 'Command palette' }), { target: { value: 'demo' } })
    expect(await screen.findByRole('option', { name: 'Back to my shop' })).toBeTruthy()
  })

  it('shows again the page a switch was made from, once', async () => {
    sessionStorage.setItem('kehu.shop-switch.page', 'dashboard')
    await renderApp()
    expect(useNavigationStore.getState().route).toEqual({ page: 'dashboard' })
    expect(sessionStorage.getItem('kehu.shop-switch.page')).toBeNull()
  })
})

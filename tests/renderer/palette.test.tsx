// @vitest-environment happy-dom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { registerPaletteProvider } from '../../src-renderer/src/registries/palette'
import { useNavigationStore } from '../../src-renderer/src/stores/navigation'
import { cleanup, fake, renderApp } from './support/render-app'

afterEach(() => cleanup())

// Queries stay inside the palette: pages behind it (e.g. the customers list) have their own options.
const palette = (): ReturnType<typeof within> => within(screen.getByRole('dialog', { name: /Command palette|命令面板/ }))
const options = (): HTMLElement[] => palette().getAllByRole('option')
const selected = (): HTMLElement => palette().getByRole('option', { selected: true })

async function openPalette(): Promise<HTMLElement> {
  fireEvent.keyDown(window, { key: 'k', ctrlKey: true })
  const input = await screen.findByRole('combobox', { name: /Command palette|命令面板/ })
  await waitFor(() => expect(options().length).toBeGreaterThan(0))
  return input
}

describe('command palette', () => {
  it('opens with Ctrl+K, focused, as a combobox controlling a listbox', async () => {
    await renderApp()
    expect(screen.queryByRole('dialog')).toBeNull()
    const input = await openPalette()
    expect(document.activeElement).toBe(input)
    expect(screen.getByRole('dialog', { name: 'Command palette' })).toBeTruthy()
    const listbox = palette().getByRole('listbox')
    expect(input.getAttribute('aria-controls')).toBe(listbox.id)
    expect(input.getAttribute('aria-expanded')).toBe('true')
    expect(input.getAttribute('aria-activedescendant')).toBe(selected().id)
    expect(selected().textContent).toContain('Customers')
  })

  it('walks the options with the arrow keys, wrapping at both ends', async () => {
    await renderApp()
    const input = await openPalette()
    const initial = options()
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(selected()).toBe(options()[1])
    expect(input.getAttribute('aria-activedescendant')).toBe(initial[1].id)
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    expect(selected().textContent).toBe(options().at(-1)?.textContent)
    fireEvent.keyDown(input, { key: 'ArrowDown' })
    expect(selected().textContent).toContain('Customers')
  })

  it('filters as you type and Enter opens the chosen page', async () => {
    await renderApp()
    const input = await openPalette()
    fireEvent.change(input, { target: { value: 'sett' } })
    await waitFor(() => expect(options().map((o) => o.textContent)).toEqual(['Settings']))
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Settings')
    expect(useNavigationStore.getState().route).toEqual({ page: 'settings' })
  })

  it('finds pages by their name in the other language too', async () => {
    await renderApp()
    const input = await openPalette()
    fireEvent.change(input, { target: { value: '工单' } })
    await waitFor(() => expect(options().map((o) => o.textContent)).toEqual(['Tickets']))
  })

  it('finds pages and actions by the pinyin of their Chinese names, full or initials', async () => {
    await renderApp({ locale: 'zh-CN' })
    const input = await openPalette()
    const titles = (): string[] => options().map((o) => o.textContent ?? '')
    fireEvent.change(input, { target: { value: 'daoru' } })
    await waitFor(() => expect(titles()).toEqual(['导入 / 导出']))
    fireEvent.change(input, { target: { value: 'dr' } })
    await waitFor(() => expect(titles()).toContain('导入 / 导出'))
    fireEvent.change(input, { target: { value: 'Dao Ru' } })
    await waitFor(() => expect(titles()).toEqual(['导入 / 导出']))
    fireEvent.change(input, { target: { value: 'xjkh' } })
    await waitFor(() => expect(titles()).toEqual(['新建客户']))
    fireEvent.change(input, { target: { value: 'shezhi' } })
    await waitFor(() => expect(titles()).toEqual(['设置']))
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(useNavigationStore.getState().route).toEqual({ page: 'settings' })
  })

  it('finds Chinese page names by pinyin in the English UI too', async () => {
    await renderApp()
    const input = await openPalette()
    fireEvent.change(input, { target: { value: 'gongdan' } })
    await waitFor(() => expect(options().map((o) => o.textContent)).toEqual(['Tickets']))
  })

  it('closes with Esc and gives focus back', async () => {
    await renderApp()
    const trigger = screen.getByRole('button', { name: /command palette/i })
    trigger.focus()
    fireEvent.click(trigger)
    const input = await screen.findByRole('combobox', { name: 'Command palette' })
    expect(document.activeElement).toBe(input)
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(document.activeElement).toBe(trigger)
  })

  it('runs actions: new customer navigates with a "new" intent; switch language persists', async () => {
    await renderApp()
    let input = await openPalette()
    fireEvent.change(input, { target: { value: 'new customer' } })
    await waitFor(() => expect(selected().textContent).toBe('New customer'))
    // The customers page consumes the intent at once (replace), so record every route taken.
    const routes: unknown[] = []
    const stop = useNavigationStore.subscribe((s) => routes.push(s.route))
    fireEvent.keyDown(input, { key: 'Enter' })
    stop()
    expect(routes[0]).toEqual({ page: 'customers', intent: 'new' })

    input = await openPalette()
    fireEvent.change(input, { target: { value: 'language' } })
    await waitFor(() => expect(selected().textContent).toBe('Switch language to 中文'))
    fireEvent.keyDown(input, { key: 'Enter' })
    await within(screen.getByRole('navigation')).findByRole('button', { name: '客户' })
    expect(fake.calls).toContainEqual({ channel: 'settings.set', input: { locale: 'zh-CN' } })
  })

  it('lists results from registered providers (e.g. customers) and survives a failing one', async () => {
    const perform = vi.fn()
    const stopGood = registerPaletteProvider({
      id: 'test.customers',
      order: 5,
      async search(query) {
        await new Promise((r) => setTimeout(r, 5))
        return query.includes('wang')
          ? [{ id: 'customer:7', title: 'Wang Fang', subtitle: '138 0013 8000', group: 'Customers', perform }]
          : []
      },
    })
    const stopBad = registerPaletteProvider({ id: 'test.broken', search: () => Promise.reject(new Error('boom')) })
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      await renderApp()
      const input = await openPalette()
      fireEvent.change(input, { target: { value: 'wang' } })
      const option = await palette().findByRole('option', { name: /Wang Fang/ })
      const group = option.closest('[role="group"]') as HTMLElement
      expect(within(group).getByText('Customers')).toBeTruthy()
      expect(selected()).toBe(option)
      await act(async () => fireEvent.keyDown(input, { key: 'Enter' }))
      expect(perform).toHaveBeenCalledOnce()
      expect(warn).toHaveBeenCalled()
    } finally {
      stopGood()
      stopBad()
      warn.mockRestore()
    }
  })

  it('says so when nothing matches', async () => {
    await renderApp()
    const input = await openPalette()
    fireEvent.change(input, { target: { value: 'zzzz' } })
    await screen.findByText('Nothing matches “zzzz”.')
    expect(input.getAttribute('aria-expanded')).toBe('false')
  })
})

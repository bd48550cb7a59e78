// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { I18nextProvider } from 'react-i18next'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IconButton } from '../../src-renderer/src/components/icon-button'
import { showToast, ToastViewport, useToastStore } from '../../src-renderer/src/components/toast'
import { i18n } from '../../src-renderer/src/lib/i18n'
import { initialNavigationState, useNavigationStore } from '../../src-renderer/src/stores/navigation'
import { createRegistry } from '../../src-renderer/src/registries/registry'
import { matchesQuery } from '../../src-renderer/src/registries/palette'

afterEach(() => cleanup())

describe('toasts', () => {
  beforeEach(async () => {
    useToastStore.setState({ toasts: [] })
    await i18n.changeLanguage('en')
  })

  it('shows a message with an Undo action that runs once and dismisses the toast', () => {
    render(
      <I18nextProvider i18n={i18n}>
        <ToastViewport />
      </I18nextProvider>,
    )
    const undo = vi.fn()
    act(() => {
      showToast({ message: '3 customers deleted', tone: 'success', action: { label: 'Undo', onAction: undo } })
    })
    expect(screen.getByRole('status').textContent).toContain('3 customers deleted')
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }))
    expect(undo).toHaveBeenCalledOnce()
    expect(screen.queryByText('3 customers deleted')).toBeNull()
  })

  it('auto-dismisses after its duration; errors are alerts', () => {
    vi.useFakeTimers()
    try {
      render(
        <I18nextProvider i18n={i18n}>
          <ToastViewport />
        </I18nextProvider>,
      )
      act(() => {
        showToast({ message: 'Saved', durationMs: 1000 })
        showToast({ message: 'Disk full', tone: 'error', durationMs: 0 })
      })
      expect(screen.getByRole('alert').textContent).toContain('Disk full')
      act(() => vi.advanceTimersByTime(1001))
      expect(screen.queryByText('Saved')).toBeNull()
      expect(screen.getByText('Disk full')).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }))
      expect(screen.queryByText('Disk full')).toBeNull()
    } finally {
      vi.useRealTimers()
    }
  })
})

describe('navigation store', () => {
  beforeEach(() => useNavigationStore.setState(initialNavigationState))

  it('navigates with params, goes back, and replace does not add history', () => {
    const nav = useNavigationStore.getState()
    nav.navigate({ page: 'customer', id: 'c1' })
    nav.navigate({ page: 'customer', id: 'c1' }) // same route: no duplicate entry
    nav.navigate({ page: 'customers', intent: 'new' })
    useNavigationStore.getState().replace({ page: 'customers' })
    expect(useNavigationStore.getState().history).toHaveLength(2)
    useNavigationStore.getState().back()
    expect(useNavigationStore.getState().route).toEqual({ page: 'customer', id: 'c1' })
    useNavigationStore.getState().back()
    useNavigationStore.getState().back()
    expect(useNavigationStore.getState().route).toEqual({ page: 'customers' })
  })
})

describe('small parts', () => {
  it('IconButton carries its accessible name and shortcut', () => {
    render(<IconButton icon="search" aria-label="Search" shortcut="Ctrl K" />)
    const button = screen.getByRole('button', { name: 'Search' })
    expect(button.getAttribute('title')).toBe('Search (Ctrl K)')
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Ctrl+K')
  })

  it('registries replace by id and unregister', () => {
    const registry = createRegistry<{ id: string; n: number }>()
    const listener = vi.fn()
    registry.subscribe(listener)
    registry.register({ id: 'a', n: 1 })
    const stop = registry.register({ id: 'a', n: 2 })
    expect(registry.list()).toEqual([{ id: 'a', n: 2 }])
    stop()
    expect(registry.list()).toEqual([])
    expect(listener).toHaveBeenCalledTimes(3)
  })

  it('palette matching ignores case, spaces and full-width letters', () => {
    expect(matchesQuery('', 'anything')).toBe(true)
    expect(matchesQuery('newcust', 'New customer')).toBe(true)
    expect(matchesQuery('ＳＥＴ', 'Settings')).toBe(true)
    expect(matchesQuery('客户', '新建客户')).toBe(true)
    expect(matchesQuery('xyz', 'Settings', undefined)).toBe(false)
  })
})

describe('useFormat', () => {
  it('follows the active language and the currency setting', async () => {
    const { useFormat } = await import('../../src-renderer/src/lib/use-format')
    const { useSettingsStore, initialSettingsState } = await import('../../src-renderer/src/stores/settings')
    useSettingsStore.setState(initialSettingsState())
    function Price() {
      const format = useFormat()
      return <span data-testid="price">{`${format.money(123450)} ${format.date('2026-11-25')}`}</span>
    }
    await i18n.changeLanguage('zh-CN')
    render(
      <I18nextProvider i18n={i18n}>
        <Price />
      </I18nextProvider>,
    )
    expect(screen.getByTestId('price').textContent).toBe('¥1,234.50 2026年11月25日')
    await act(async () => {
      await i18n.changeLanguage('en')
    })
    expect(screen.getByTestId('price').textContent).toBe('CN¥1,234.50 2026-11-25')
    act(() => useSettingsStore.setState((s) => ({ settings: { ...s.settings, currency: 'USD' } })))
    expect(screen.getByTestId('price').textContent).toBe('$1,234.50 2026-11-25')
  })
})

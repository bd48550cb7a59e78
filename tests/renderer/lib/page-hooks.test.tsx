// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useDebouncedValue } from '../../../src-renderer/src/lib/use-debounced-value'
import { usePageShortcuts } from '../../../src-renderer/src/lib/use-page-shortcuts'

afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

function Debounced({ value }: { value: string }) {
  return <p aria-label="settled">{useDebouncedValue(value, 150)}</p>
}

describe('useDebouncedValue', () => {
  it('settles on the last value once typing pauses', () => {
    vi.useFakeTimers()
    const { rerender } = render(<Debounced value="z" />)
    rerender(<Debounced value="zh" />)
    act(() => void vi.advanceTimersByTime(100))
    rerender(<Debounced value="zha" />)
    act(() => void vi.advanceTimersByTime(100))
    expect(screen.getByLabelText('settled').textContent).toBe('z')
    act(() => void vi.advanceTimersByTime(50))
    expect(screen.getByLabelText('settled').textContent).toBe('zha')
  })
})

function Page({ onSlash, onNew }: { onSlash(): void; onNew(): void }) {
  usePageShortcuts({ '/': onSlash, n: onNew })
  return <input aria-label="field" />
}

describe('usePageShortcuts', () => {
  it('runs single-key shortcuts, not while typing, not with a modifier, not under an open dialog', () => {
    const onSlash = vi.fn()
    const onNew = vi.fn()
    render(<Page onSlash={onSlash} onNew={onNew} />)
    fireEvent.keyDown(document.body, { key: '/' })
    fireEvent.keyDown(document.body, { key: 'N' })
    expect(onSlash).toHaveBeenCalledOnce()
    expect(onNew).toHaveBeenCalledOnce()

    fireEvent.keyDown(screen.getByLabelText('field'), { key: 'n' })
    fireEvent.keyDown(document.body, { key: 'n', ctrlKey: true })
    const dialog = document.body.appendChild(document.createElement('dialog'))
    dialog.setAttribute('open', '')
    fireEvent.keyDown(document.body, { key: 'n' })
    expect(onNew).toHaveBeenCalledOnce()
    dialog.remove()
  })
})

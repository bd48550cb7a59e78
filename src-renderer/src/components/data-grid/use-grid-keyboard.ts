import type { KeyboardEvent } from 'react'

interface GridKeyboardOptions {
  active: number
  count: number
  /** Rows per screen, for Page Up / Page Down. */
  pageRows: number
  moveTo(index: number): void
  toggleActive(): void
  extendTo(index: number): void
  open(): void
  selectAll(): void
  clearSelection(): void
}

/**
 * Keys of the focused grid: arrows / Home / End / Page keys move the active row (with Shift
 * they extend the selection), Space ticks it, Enter opens it, Ctrl/Cmd+A selects all and
 * Esc clears the selection. Keys typed into a control inside the grid are left alone.
 */
export function useGridKeyboard(o: GridKeyboardOptions): (event: KeyboardEvent<HTMLElement>) => void {
  return (event) => {
    if (event.target !== event.currentTarget || o.count === 0) return
    const target = targetOf(event.key, o)
    if (target !== null) {
      event.preventDefault()
      o.moveTo(target)
      if (event.shiftKey) o.extendTo(Math.max(0, Math.min(o.count - 1, target)))
      return
    }
    const command = commandOf(event, o)
    if (!command) return
    event.preventDefault()
    command()
  }
}

function targetOf(key: string, o: GridKeyboardOptions): number | null {
  switch (key) {
    case 'ArrowDown':
      return o.active + 1
    case 'ArrowUp':
      return o.active - 1
    case 'PageDown':
      return o.active + o.pageRows
    case 'PageUp':
      return o.active - o.pageRows
    case 'Home':
      return 0
    case 'End':
      return o.count - 1
    default:
      return null
  }
}

function commandOf(event: KeyboardEvent<HTMLElement>, o: GridKeyboardOptions): (() => void) | null {
  if (event.key === 'Enter') return o.open
  if (event.key === ' ') return o.toggleActive
  if (event.key === 'Escape') return o.clearSelection
  if (event.key.toLowerCase() === 'a' && (event.ctrlKey || event.metaKey)) return o.selectAll
  return null
}

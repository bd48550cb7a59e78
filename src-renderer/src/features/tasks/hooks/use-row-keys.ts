import { useEffect, type KeyboardEvent, type RefObject } from 'react'

const ROW = '[data-nav-row]'

/**
 * Arrow keys, Home and End move between the rows of a page (each `[data-nav-row]`, across its
 * lists), with one row in the Tab order at a time (roving tabindex). Returns the container's
 * key handler. `autoFocus` puts focus on the first row when the page opens with nothing focused.
 */
export function useRowKeys(container: RefObject<HTMLElement | null>, autoFocus: boolean) {
  useEffect(() => {
    const rows = [...(container.current?.querySelectorAll<HTMLElement>(ROW) ?? [])]
    if (rows.length === 0) return
    if (!rows.some((row) => row.tabIndex === 0)) rows[0].tabIndex = 0
    const idle = document.activeElement === document.body || document.activeElement?.id === 'main'
    if (autoFocus && idle) rows.find((row) => row.tabIndex === 0)?.focus()
  })
  return (event: KeyboardEvent): void => {
    const rows = [...(container.current?.querySelectorAll<HTMLElement>(ROW) ?? [])]
    const current = rows.indexOf((event.target as HTMLElement).closest<HTMLElement>(ROW) as HTMLElement)
    if (current < 0 || event.altKey || event.ctrlKey || event.metaKey) return
    const target = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: rows.length - 1 }[event.key]
    if (target === undefined || target < 0 || target >= rows.length) return
    event.preventDefault()
    rows.forEach((row, i) => (row.tabIndex = i === target ? 0 : -1))
    rows[target].focus()
  }
}

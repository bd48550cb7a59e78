import { useEffect, useRef } from 'react'

/**
 * Shortcuts of a page: single keys (`/`, `n`, `escape`) or Alt combinations (`alt+arrowleft`),
 * named in lower case. Quiet while the user types in a field, under an open dialog or the
 * palette, and for keys something else already handled, so none of them can lose typing.
 */
export function usePageShortcuts(keys: Record<string, () => void>): void {
  const latest = useRef(keys)
  useEffect(() => {
    latest.current = keys
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.defaultPrevented || event.isComposing || isTyping(event.target)) return
      if (document.querySelector('dialog[open], [aria-modal="true"]')) return
      const action = latest.current[`${event.altKey ? 'alt+' : ''}${event.key.toLowerCase()}`]
      if (!action) return
      event.preventDefault()
      action()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}

/** The user is typing in a text box, a select or editable text (single-key shortcuts stay quiet). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

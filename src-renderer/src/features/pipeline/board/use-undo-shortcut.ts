import { useEffect, useRef } from 'react'
import { isTyping } from '../../../lib/use-page-shortcuts'

/**
 * Ctrl/Cmd+Z on the board undoes the latest move. A text box keeps its own undo, and a dialog
 * (the lost reason) answers first.
 */
export function useUndoShortcut(undo: () => void): void {
  const latest = useRef(undo)
  useEffect(() => {
    latest.current = undo
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey) return
      if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}

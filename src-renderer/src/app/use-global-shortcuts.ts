import { useEffect } from 'react'
import { isPaletteShortcut } from '../lib/platform'
import { usePaletteStore } from '../stores/palette'

/** Ctrl/Cmd+K toggles the palette from anywhere, even from inside a text field. */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!isPaletteShortcut(event) || event.isComposing) return
      event.preventDefault()
      usePaletteStore.getState().toggle()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
